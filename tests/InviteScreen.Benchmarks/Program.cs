using BenchmarkDotNet.Running;

namespace InviteScreen.Benchmarks;

// A namespaced Program: the referenced web app already exposes a global Program to its tests.
public static class Program
{
    /// <summary>"templates" runs the history look-up harness, "load" the HTTP load test; anything else goes to BenchmarkDotNet.</summary>
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "templates":
                await TemplateLookupHarness.RunAsync(args[1..]);
                return 0;
            case "load":
                return await Load.LoadHarness.RunAsync(args[1..]);
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}

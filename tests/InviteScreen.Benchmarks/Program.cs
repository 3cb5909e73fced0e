using BenchmarkDotNet.Running;

namespace InviteScreen.Benchmarks;

// A namespaced Program: the referenced web app already exposes a global Program to its tests.
public static class Program
{
    /// <summary>"templates" runs the history look-up harness, "scale" the read path at a million; anything else goes to BenchmarkDotNet.</summary>
    public static async Task Main(string[] args)
    {
        if (args.FirstOrDefault() == "templates")
        {
            await TemplateLookupHarness.RunAsync(args[1..]);
            return;
        }

        if (args.FirstOrDefault() == "scale")
        {
            await Scale.ScaleHarness.RunAsync(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}

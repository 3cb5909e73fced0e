using BenchmarkDotNet.Running;

namespace InviteScreen.Benchmarks;

// A namespaced Program: the referenced web app already exposes a global Program to its tests.
public static class Program
{
    /// <summary>Measured harnesses by name (templates, grouping, import, seed, crash, load, scale, learning); anything else goes to BenchmarkDotNet.</summary>
    public static async Task<int> Main(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "templates":
                await TemplateLookupHarness.RunAsync(args[1..]);
                return 0;
            case "grouping":
                await GroupingHarness.RunAsync(args[1..]);
                return 0;
            case "import":
                await Imports.ImportHarness.RunAsync(args[1..]);
                return 0;
            case "seed":
                return await Imports.SeedHarness.RunAsync(args[1..]);
            case "crash":
                return await Imports.CrashHarness.RunAsync(args[1..]);
            case "load":
                return await Load.LoadHarness.RunAsync(args[1..]);
            case "learning":
                return await Learning.LearningCurveHarness.RunAsync();
            case "scale":
                await Scale.ScaleHarness.RunAsync(args[1..]);
                return 0;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                return 0;
        }
    }
}

using BenchmarkDotNet.Running;

namespace InviteScreen.Benchmarks;

// A namespaced Program: the referenced web app already exposes a global Program to its tests.
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}

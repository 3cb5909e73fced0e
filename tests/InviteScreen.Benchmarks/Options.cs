using System.Globalization;

namespace InviteScreen.Benchmarks;

/// <summary>The harnesses' command-line options: <c>--name value</c>.</summary>
internal static class Options
{
    public static int Int(string[] args, string name, int fallback) =>
        int.TryParse(Text(args, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;

    public static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

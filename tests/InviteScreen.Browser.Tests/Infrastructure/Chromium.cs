namespace InviteScreen.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, which Playwright drives instead of downloading its own browser.
/// Missing locally: the browser tests skip. Missing with CI=true: they fail, so CI cannot pass without a browser.
/// </summary>
internal static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("INVITESCREEN_CHROMIUM") is { Length: > 0 } path ? path : DefaultPath;

    public static bool IsInstalled => File.Exists(ExecutablePath);

    public static string MissingMessage =>
        $"Chromium not found at {ExecutablePath}; install it (apt-get install chromium) to run the browser tests";

    /// <summary>Flags that keep Chromium quiet on a closed network and runnable as root in a container.</summary>
    public static IReadOnlyList<string> Args { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    public static void SkipOrFailWhenMissing()
    {
        if (IsInstalled)
        {
            return;
        }

        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(MissingMessage + " (CI=true: failing instead of skipping)");
        }

        Assert.Skip(MissingMessage);
    }
}

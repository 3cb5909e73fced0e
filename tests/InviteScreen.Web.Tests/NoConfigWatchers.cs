using System.Runtime.CompilerServices;

namespace InviteScreen.Web.Tests;

/// <summary>
/// Each app a test starts would otherwise watch its settings files with one inotify instance; many apps at once
/// reach the kernel's per-user limit (128 by default) and fail to start. Tests never edit settings files.
/// </summary>
internal static class NoConfigWatchers
{
    [ModuleInitializer]
    internal static void TurnOff() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}

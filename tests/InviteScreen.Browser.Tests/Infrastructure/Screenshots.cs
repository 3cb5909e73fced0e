namespace InviteScreen.Browser.Tests.Infrastructure;

/// <summary>Screenshots go to TestResults/screenshots at the repository root, next to InviteScreen.sln.</summary>
internal static class Screenshots
{
    public static string Folder { get; } = Path.Combine(FindRepositoryRoot(), "TestResults", "screenshots");

    public static string PathFor(string name) => Path.Combine(Folder, name + ".png");

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "InviteScreen.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

namespace InviteScreen.Benchmarks.Scale;

/// <summary>Fills a fresh database for the harness.</summary>
internal static class ScaleSeed
{
    public static Task SeedAsync(string path, int count) =>
        throw new NotSupportedException($"Seeding {count:N0} rows into {path} needs the seed command; pass --db with a seeded database.");
}

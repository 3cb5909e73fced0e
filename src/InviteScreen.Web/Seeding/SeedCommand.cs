using System.Diagnostics;
using System.Globalization;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Seeding;

/// <summary>
/// <c>seed [--count N] [--batch B]</c>: fills the database with generated invitations through the real scorer
/// and batch writer, prints progress and rate, and exits without starting the web server.
/// </summary>
internal static class SeedCommand
{
    public static async Task RunSeedAsync(this WebApplication app, string[] args)
    {
        var count = Option(args, "--count", 10_000);
        var batchSize = Option(args, "--batch", 2_000);
        var generator = new SeedInvitations();
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var gate = app.Services.GetRequiredService<ScreeningWriteGate>();
        var watch = Stopwatch.StartNew();
        var stored = 0;
        var duplicates = 0;
        Console.WriteLine($"Seeding {count:N0} invitations in batches of {batchSize:N0}...");
        foreach (var batch in generator.Generate(count, clock.GetUtcNow().UtcDateTime).Chunk(batchSize))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<InvitationBatchWriter>();
            using (await gate.EnterAsync(CancellationToken.None))
            {
                await using var transaction = await db.Database.BeginTransactionAsync();
                var outcome = await writer.StoreAsync(batch, CancellationToken.None);
                await transaction.CommitAsync();
                stored += outcome.Stored.Count;
                duplicates += outcome.Duplicates;
            }

            var done = stored + duplicates;
            if (done % Math.Max(batchSize, 50_000 / batchSize * batchSize) == 0 || done == count)
            {
                Console.WriteLine($"  {done,12:N0} / {count:N0}  {done / watch.Elapsed.TotalSeconds,8:N0} invitations/s");
            }
        }

        Console.WriteLine($"Seeded {stored:N0} invitations ({duplicates:N0} duplicates skipped) in {watch.Elapsed.TotalSeconds:F1} s: {stored / watch.Elapsed.TotalSeconds:N0} invitations/s.");
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }
}

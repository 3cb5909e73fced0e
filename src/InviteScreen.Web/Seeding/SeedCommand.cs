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
    public static async Task RunSeedAsync(this WebApplication app, string[] args) =>
        await SeedAsync(app.Services, Option(args, "--count", 10_000), Option(args, "--batch", 2_000), Console.Out);

    /// <summary>Generates and stores <paramref name="count"/> invitations; returns how many were stored.</summary>
    public static Task<int> SeedAsync(IServiceProvider services, int count, int batchSize, TextWriter output) =>
        SeedAsync(services, count, batchSize, output, AnchorDay(services));

    /// <summary>The day generated histories end on: today, so seeding again the same day adds nothing.</summary>
    public static DateTime AnchorDay(IServiceProvider services) => services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.Date;

    /// <summary>As <see cref="SeedAsync(IServiceProvider, int, int, TextWriter)"/>, ending on <paramref name="until"/>: regenerating with it gives the ground truth.</summary>
    public static async Task<int> SeedAsync(IServiceProvider services, int count, int batchSize, TextWriter output, DateTime until)
    {
        var gate = services.GetRequiredService<ScreeningWriteGate>();
        var watch = Stopwatch.StartNew();
        var stored = 0;
        var duplicates = 0;
        output.WriteLine($"Seeding {count:N0} invitations in batches of {batchSize:N0}...");
        foreach (var batch in new SeedInvitations().Generate(count, until).Chunk(batchSize))
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>();
            var writer = scope.ServiceProvider.GetRequiredService<InvitationBatchWriter>();
            using (await gate.EnterAsync(CancellationToken.None))
            {
                await using var transaction = await BatchTransaction.BeginAsync(db.Database, CancellationToken.None);
                var outcome = await writer.StoreAsync(batch, CancellationToken.None);
                await transaction.CommitAsync(CancellationToken.None);
                stored += outcome.Stored.Count;
                duplicates += outcome.Duplicates;
            }

            var done = stored + duplicates;
            if (done % Math.Max(batchSize, 50_000 / batchSize * batchSize) == 0 || done == count)
            {
                output.WriteLine($"  {done,12:N0} / {count:N0}  {done / watch.Elapsed.TotalSeconds,8:N0} invitations/s");
            }
        }

        output.WriteLine($"Seeded {stored:N0} invitations ({duplicates:N0} duplicates skipped) in {watch.Elapsed.TotalSeconds:F1} s: {stored / watch.Elapsed.TotalSeconds:N0} invitations/s.");
        return stored;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
    }
}

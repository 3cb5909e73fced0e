using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using InviteScreen.Web.Screening;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace InviteScreen.Web.Tests.InvitationQueries;

/// <summary>The trash: the trigger-kept counts leave and rejoin with a trashed invitation, and old trash is purged.</summary>
public sealed class TrashTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TrashRestoreAndPurge_KeepTheAggregatesEqualToARecount()
    {
        await using var app = new InviteScreenAppFactory();
        var generic = await app.StoreAsync(Invitations.Generic("Counted Generic"));
        var personal = await app.StoreAsync(Invitations.Personal("Counted Personal"));
        using var client = app.CreateClient();

        await client.DeleteAsync($"/api/invitations/{generic.Id}", Cancel);
        await AssertAggregatesMatchLiveRowsAsync(app, expectedLive: 1);

        await client.PostAsync($"/api/invitations/{generic.Id}/restore", null, Cancel);
        await AssertAggregatesMatchLiveRowsAsync(app, expectedLive: 2);

        await client.DeleteAsync($"/api/invitations/{generic.Id}", Cancel);
        await client.DeleteAsync($"/api/invitations/{personal.Id}", Cancel);
        await client.PostAsync($"/api/invitations/{personal.Id}/restore", null, Cancel);
        var purged = await app.WithDbAsync(db => Trash.PurgeAsync(db, app.Services.GetRequiredService<ScreeningWriteGate>(), trashedBefore: null, Cancel));

        Assert.Equal(1, purged);
        Assert.False(app.WithDb(db => db.Invitations.IgnoreQueryFilters().Any(i => i.Id == generic.Id)));
        Assert.False(app.WithDb(db => db.Findings.Any(f => f.InvitationId == generic.Id)));
        await AssertAggregatesMatchLiveRowsAsync(app, expectedLive: 1);
    }

    [Fact]
    public async Task PurgeWorker_DeletesOnlyWhatLayInTheTrashOverThirtyDays()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.Zero));
        await using var baseApp = new InviteScreenAppFactory();
        await using var app = baseApp.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(clock)));
        using var client = app.CreateClient();
        var old = await StoreAsync(client, Invitations.Generic("Old Trash"));
        await client.DeleteAsync($"/api/invitations/{old}", Cancel);
        clock.Advance(TimeSpan.FromDays(20));
        var recent = await StoreAsync(client, Invitations.Generic("Recent Trash"));
        await client.DeleteAsync($"/api/invitations/{recent}", Cancel);
        var worker = app.Services.GetRequiredService<TrashPurgeWorker>();

        clock.Advance(TimeSpan.FromDays(9));
        await worker.PurgeExpiredAsync(Cancel);
        Assert.Equal([old, recent], TrashedIds(app));

        clock.Advance(TimeSpan.FromDays(2));
        await worker.PurgeExpiredAsync(Cancel);
        Assert.Equal([recent], TrashedIds(app));
    }

    private static List<long> TrashedIds(Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> app)
    {
        using var scope = app.Services.CreateScope();
        return [.. Trash.Trashed(scope.ServiceProvider.GetRequiredService<InviteScreenDbContext>()).OrderBy(i => i.Id).Select(i => i.Id)];
    }

    private static async Task<long> StoreAsync(HttpClient client, Web.Screening.InvitationInput input)
    {
        var response = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(client, "/api/invitations", input, Cancel);
        response.EnsureSuccessStatusCode();
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return body.RootElement.GetProperty("id").GetInt64();
    }

    private static async Task AssertAggregatesMatchLiveRowsAsync(InviteScreenAppFactory app, int expectedLive)
    {
        await app.WithDbAsync(async db =>
        {
            var live = await db.Invitations.CountAsync(Cancel);
            Assert.Equal(expectedLive, live);
            Assert.Equal(live, await db.DayStats.SumAsync(s => s.Count, Cancel));
            Assert.Equal(await db.Invitations.SumAsync(i => i.Score, Cancel), await db.DayStats.SumAsync(s => s.ScoreSum, Cancel));
            var liveIds = db.Invitations.Select(i => i.Id);
            var recount = await db.Findings.Where(f => f.Points > 0 && liveIds.Contains(f.InvitationId))
                .GroupBy(f => f.RuleId).Select(g => new { g.Key, Count = (long)g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, Cancel);
            var kept = await db.RuleStats.Where(r => r.Count != 0).ToDictionaryAsync(r => r.RuleId, r => r.Count, Cancel);
            Assert.Equal(recount.OrderBy(r => r.Key), kept.OrderBy(r => r.Key));
            return 0;
        });
    }
}

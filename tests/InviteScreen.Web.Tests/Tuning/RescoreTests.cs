using System.Net;
using System.Net.Http.Json;
using InviteScreen.Web.Tuning;

namespace InviteScreen.Web.Tests.Tuning;

[Collection(TuningCollection.Name)]
public sealed class RescoreTests
{
    [Fact]
    public async Task PostRescore_Is202WithLocation_AndRunsToDone()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        await app.StoreAsync(Invitations.Generic());
        await app.StoreAsync(Invitations.Personal());

        var started = await client.PostAsync("/api/rescore", null, TestContext.Current.CancellationToken);
        var job = await started.Content.ReadFromJsonAsync<RescoreResponse>(Json.Options, TestContext.Current.CancellationToken);
        var done = await TuningClient.RescoreDoneAsync(client, job!.Id);

        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        Assert.Equal($"/api/rescore/{job.Id}", started.Headers.Location?.OriginalString);
        Assert.Equal(2, job.Total);
        Assert.Equal((RescoreState.Done, 2, 2, 0), (done.State, done.Processed, done.Total, done.Changed));
    }

    [Fact]
    public async Task RuleChange_RescoresTheHistory_AndEachChangedScoreKeepsItsReason()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        var generic = await app.StoreAsync(Invitations.Generic());
        var personal = await app.StoreAsync(Invitations.Personal());

        (await client.PutAsJsonAsync("/api/rules/BUZZ_MUTUAL_BENEFIT", new { enabled = false }, TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        var fresh = await TuningClient.ScoreAsync(client, Invitations.Generic());
        var done = await TuningClient.LatestRescoreDoneAsync(app, client);
        var changes = app.WithDb(db => db.ScoreChanges.ToList());
        var rescored = app.WithDb(db => db.Invitations.Single(i => i.Id == generic.Id));

        Assert.NotEqual(generic.Score, fresh.Score);
        Assert.Equal((RescoreState.Done, 2, 1), (done.State, done.Processed, done.Changed));
        var change = Assert.Single(changes);
        Assert.Equal((generic.Id, generic.Score, rescored.Score), (change.InvitationId, change.OldScore, change.NewScore));
        Assert.Equal(fresh.Score, rescored.Score);
        Assert.Contains("BUZZ_MUTUAL_BENEFIT", change.Reason, StringComparison.Ordinal);
        Assert.Contains("disabled", change.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("BUZZ_MUTUAL_BENEFIT", rescored.TopRules, StringComparison.Ordinal);
        Assert.Equal(personal.Score, app.WithDb(db => db.Invitations.Single(i => i.Id == personal.Id).Score));
    }

    [Fact]
    public async Task UnknownRescore_Is404ProblemDetails()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();

        var response = await client.GetAsync("/api/rescore/999", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task UnfinishedRescore_ContinuesAfterARestart_FromWhereItStopped()
    {
        var directory = Path.Combine(Path.GetTempPath(), "invitescreen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:InviteScreen"] = $"Data Source={Path.Combine(directory, "resume.db")}" };
        try
        {
            long first;
            await using (var before = new InviteScreenAppFactory(settings))
            {
                first = (await before.StoreAsync(Invitations.Generic())).Id;
                await before.StoreAsync(Invitations.Generic("Rob Ince"));
                await before.StoreAsync(Invitations.Personal());
            }

            // As a crash leaves it: one invitation done, two to go.
            await using (var seed = new InviteScreenAppFactory(settings))
            {
                await seed.WithDbAsync(async db =>
                {
                    db.RescoreJobs.Add(new RescoreJob { State = RescoreState.Running, Reason = "test", Total = 3, Processed = 1, LastInvitationId = first, CreatedAt = DateTime.UtcNow });
                    return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
                });
                seed.Services.GetRequiredServiceRescoreQueue().Wake();
                using var client = seed.CreateClient();
                var done = await TuningClient.LatestRescoreDoneAsync(seed, client);

                Assert.Equal((RescoreState.Done, 3, 3), (done.State, done.Processed, done.Total));
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}

internal static class RescoreQueues
{
    public static RescoreQueue GetRequiredServiceRescoreQueue(this IServiceProvider services) =>
        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<RescoreQueue>(services);
}

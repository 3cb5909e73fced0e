using System.Net;
using System.Net.Http.Json;
using InviteScreen.Web.Screening;
using InviteScreen.Web.Tuning;

namespace InviteScreen.Web.Tests.Tuning;

[Collection(TuningCollection.Name)]
public sealed class SettingsTests
{
    [Fact]
    public async Task SavedThreshold_IsTheOneScoreApiReportsAndUses()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var before = await TuningClient.ScoreAsync(client, Invitations.Generic());

        var saved = await TuningClient.SaveSettingsAsync(client, TuningClient.Settings(threshold: before.Score + 1, genericFrom: 99, personalBelow: 10));
        var after = await TuningClient.ScoreAsync(client, Invitations.Generic());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(before.Flagged);
        Assert.Equal(60, before.Threshold);
        Assert.Equal(before.Score, after.Score);
        Assert.Equal(before.Score + 1, after.Threshold);
        Assert.False(after.Flagged);
        Assert.Equal(InviteScreen.Scoring.Verdict.Mixed, after.Verdict);
    }

    [Theory]
    [InlineData(101, 60, 30, "Scoring.FlagThreshold", "between 0 and 100")]
    [InlineData(60, 50, 70, "Scoring.PersonalBelow", "must not be above")]
    [InlineData(60, -1, 0, "Scoring.GenericFrom", "between 0 and 100")]
    public async Task BadSettings_ShowTheirMessage_AndStoreNothing(int threshold, int genericFrom, int personalBelow, string field, string message)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();

        var response = await TuningClient.SaveSettingsAsync(client, TuningClient.Settings(threshold, genericFrom, personalBelow));
        var page = await Forms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Equal(0, app.WithDb(db => db.ScoringSettings.Count()));
        Assert.Equal(60, (await TuningClient.ScoreAsync(client, Invitations.Generic())).Threshold);
    }

    [Fact]
    public async Task Preview_CountsStoredInvitationsEachThresholdWouldFlag()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        var generic = await app.StoreAsync(Invitations.Generic());
        var personal = await app.StoreAsync(Invitations.Personal());

        var all = await client.GetFromJsonAsync<SettingsPreview>("/api/settings/preview?threshold=0", Json.Options, TestContext.Current.CancellationToken);
        var one = await client.GetFromJsonAsync<SettingsPreview>($"/api/settings/preview?threshold={personal.Score + 1}", Json.Options, TestContext.Current.CancellationToken);
        var bad = await client.GetAsync("/api/settings/preview?threshold=101", TestContext.Current.CancellationToken);
        var page = await Forms.ParseAsync(await client.GetAsync("/settings", TestContext.Current.CancellationToken));

        Assert.True(generic.Score > personal.Score);
        Assert.Equal((2, 2), (all!.Flagged, all.Total));
        Assert.Equal(1, one!.Flagged);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("2", page.QuerySelector("[data-preview=total]")?.TextContent);
        Assert.Equal("1", page.QuerySelector("[data-preview=flagged]")?.TextContent);
    }

    [Fact]
    public async Task EmptyNote_IsGenericByDefault_AndNeutralWhenTheUserSaysSo()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateBrowserLikeClient();
        var empty = new InvitationInput { SenderName = "Sam Okafor", Headline = "Growth Hacker | Sales Leader", Message = "" };
        var stored = await app.StoreAsync(empty);

        var byDefault = await TuningClient.ScoreAsync(client, empty);
        await TuningClient.SaveSettingsAsync(client, TuningClient.Settings(neutralEmptyNote: true));
        var neutral = await TuningClient.ScoreAsync(client, empty);
        var job = await TuningClient.LatestRescoreDoneAsync(app, client);
        var rescored = app.WithDb(db => db.Invitations.Single(i => i.Id == stored.Id));

        Assert.Contains(byDefault.Findings, f => f.RuleId == "NO_NOTE");
        Assert.True(byDefault.Score > 0);
        Assert.Equal(0, neutral.Score);
        Assert.False(neutral.Flagged);
        var finding = Assert.Single(neutral.Findings);
        Assert.Equal("EMPTY_NOTE_NEUTRAL", finding.RuleId);
        Assert.Contains("policy", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal(RescoreState.Done, job.State);
        Assert.Equal(0, rescored.Score);
        Assert.Contains(app.WithDb(db => db.ScoreChanges.Where(c => c.InvitationId == stored.Id).Select(c => c.Reason).ToList()),
            reason => reason.Contains("an empty note neutral", StringComparison.Ordinal));
    }
}

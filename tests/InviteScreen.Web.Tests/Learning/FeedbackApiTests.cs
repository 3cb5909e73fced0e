using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Web.Data;
using InviteScreen.Web.Invitations;
using InviteScreen.Web.Learning;
using InviteScreen.Web.Screening;
using Microsoft.Extensions.DependencyInjection;

namespace InviteScreen.Web.Tests.Learning;

/// <summary>POST/DELETE /api/invitations/{id}/feedback, what the app learns from it, and the re-score it starts.</summary>
public sealed class FeedbackApiTests
{
    [Fact]
    public async Task Feedback_UnknownLabel_Is400NamingTheField()
    {
        await using var app = new InviteScreenAppFactory();
        var stored = await app.StoreAsync(LearningNotes.ClubNote(0));
        using var client = app.CreateClient();

        var response = await client.PostAsJsonAsync($"/api/invitations/{stored.Id}/feedback", new { label = "spam" }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("label", out _));
        Assert.Equal(0, app.WithDb(db => db.Decisions.Count()));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public async Task Feedback_UnknownInvitation_Is404(string method)
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), "/api/invitations/987654/feedback") { Content = JsonContent.Create(new { label = "generic" }) };

        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Feedback_ThenDelete_IsRememberedThenForgotten()
    {
        await using var app = new InviteScreenAppFactory();
        var stored = await app.StoreAsync(LearningNotes.ClubNote(0));
        using var client = app.CreateClient();

        var marked = await client.PostAsJsonAsync($"/api/invitations/{stored.Id}/feedback", new { label = "Personal" }, TestContext.Current.CancellationToken);
        var label = app.WithDb(db => db.Decisions.Single().Label);
        var forgotten = await client.DeleteAsync($"/api/invitations/{stored.Id}/feedback", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NoContent, marked.StatusCode);
        Assert.Equal(DecisionLabel.Personal, label);
        Assert.Equal(HttpStatusCode.NoContent, forgotten.StatusCode);
        Assert.Equal(0, app.WithDb(db => db.Decisions.Count()));
    }

    [Fact]
    public async Task Feedback_OnACampaign_RaisesTheScoreOfTheNextCopyAndSaysWhy()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        var unseen = LearningNotes.ClubNote(8);
        var before = await ScoreAsync(client, unseen);

        await TeachAsync(app, client, campaignCopies: 6);
        var after = await ScoreAsync(client, unseen);

        Assert.True(after.Score > before.Score, $"{before.Score} → {after.Score}");
        var learned = Assert.Single(after.Findings, f => f.RuleId == "LEARNED_GENERIC");
        Assert.Matches("^You marked [1-6] notes like this as generic: '.+'$", learned.Explanation);
        Assert.Equal(learned.Text, unseen.Message!.Substring(learned.Start, learned.Length));
    }

    [Fact]
    public async Task Learning_RescoresUntriagedInvitationsOnly_AndRecordsWhy()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        var untriaged = await app.StoreAsync(LearningNotes.ClubNote(7));
        var accepted = await app.StoreAsync(LearningNotes.ClubNote(6));
        await app.WithDbAsync(db => Triage.ApplyAsync(db, TriageAction.Accept, [accepted.Id], DateTime.UtcNow, TestContext.Current.CancellationToken));

        await TeachAsync(app, client, campaignCopies: 5);

        // The copies also make a template group, whose growth re-scores its members for its own reason.
        var changes = app.WithDb(db => db.ScoreChanges.Where(c => (c.InvitationId == untriaged.Id || c.InvitationId == accepted.Id) && c.Reason.Contains("what you taught")).ToList());
        var change = Assert.Single(changes);
        Assert.Equal(untriaged.Id, change.InvitationId);
        Assert.True(change.NewScore > change.OldScore);
        Assert.Equal(change.NewScore, app.WithDb(db => db.Invitations.Single(i => i.Id == untriaged.Id).Score));
        Assert.Contains(app.WithDb(db => db.Findings.Where(f => f.InvitationId == untriaged.Id).Select(f => f.RuleId).ToList()), r => r == "LEARNED_GENERIC");
    }

    [Fact]
    public async Task Reporting_CountsAsGeneric_UntilUnreported()
    {
        await using var app = new InviteScreenAppFactory();
        var stored = await app.StoreAsync(LearningNotes.ClubNote(0));

        await TriageAsync(app, TriageAction.Report, stored.Id);
        var implied = app.WithDb(db => db.Decisions.Single());
        await TriageAsync(app, TriageAction.Accept, stored.Id);

        Assert.Equal(DecisionLabel.Generic, implied.Label);
        Assert.True(implied.FromReport);
        Assert.Equal(0, app.WithDb(db => db.Decisions.Count()));
    }

    [Fact]
    public async Task Reporting_AfterAnExplicitMark_KeepsTheMark()
    {
        await using var app = new InviteScreenAppFactory();
        var stored = await app.StoreAsync(LearningNotes.PersonalNote(0));
        using var client = app.CreateClient();
        await MarkAsync(client, stored, "personal");

        await TriageAsync(app, TriageAction.Report, stored.Id);
        await TriageAsync(app, TriageAction.Reset, stored.Id);

        var decision = app.WithDb(db => db.Decisions.Single());
        Assert.Equal(DecisionLabel.Personal, decision.Label);
        Assert.False(decision.FromReport);
    }

    [Fact]
    public async Task Deleting_ADecidedInvitation_IsForgottenByTheModel()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        await TeachAsync(app, client, campaignCopies: 2);
        var decided = app.WithDb(db => db.Decisions.OrderBy(d => d.InvitationId).First().InvitationId);

        await TriageAsync(app, TriageAction.Delete, decided);
        await app.LearnedAsync();
        var summary = await client.GetFromJsonAsync<LearningSummary>("/api/learning", Json.Options, TestContext.Current.CancellationToken);

        Assert.Equal(4, summary!.Generic + summary.Personal);
    }

    [Fact]
    public async Task Reset_ForgetsEveryDecision_AndTheLearnedFindingGoes()
    {
        await using var app = new InviteScreenAppFactory();
        using var client = app.CreateClient();
        await TeachAsync(app, client, campaignCopies: 4);

        var reset = await client.PostAsync("/api/learning/reset", null, TestContext.Current.CancellationToken);
        await app.LearnedAsync();
        var summary = await client.GetFromJsonAsync<LearningSummary>("/api/learning", Json.Options, TestContext.Current.CancellationToken);
        var after = await ScoreAsync(client, LearningNotes.ClubNote(8));

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(0, summary!.Generic + summary.Personal);
        Assert.DoesNotContain(after.Findings, f => f.RuleId.StartsWith("LEARNED_", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feedback_FromTwentyDecisions_RefitsTheUsersOwnWeights_AndReScoresWithThem()
    {
        // Shipped weights that give every rule no points: whatever ranks the decisions better is the personal fit.
        var rules = new GenericnessScorer(RuleCatalogue.LoadEmbedded(), new ScoringOptions()).Rules;
        var weightsPath = Path.Combine(Path.GetTempPath(), $"invitescreen-nothing-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(weightsPath, new FittedWeights { RulePoints = new(rules.ToDictionary(r => r.Id, _ => 0)) }.ToJson(), TestContext.Current.CancellationToken);
        await using var app = new InviteScreenAppFactory(new Dictionary<string, string?> { ["Scoring:WeightsPath"] = weightsPath });
        using var client = app.CreateClient();
        var untriaged = await app.StoreAsync(LearningNotes.OutreachNote(12));
        var before = await ScoreAsync(client, LearningNotes.OutreachNote(12));
        for (var i = 0; i < 12; i++)
        {
            await MarkAsync(client, await app.StoreAsync(LearningNotes.OutreachNote(i)), "generic");
        }

        await TeachAsync(app, client, campaignCopies: 0, personalNotes: 8);
        var summary = await client.GetFromJsonAsync<LearningSummary>("/api/learning", Json.Options, TestContext.Current.CancellationToken);
        var after = await ScoreAsync(client, LearningNotes.OutreachNote(12));
        File.Delete(weightsPath);

        Assert.Equal(0, before.Score);
        Assert.NotNull(summary!.PersonalWeightsAuc);
        Assert.Equal(0.5, summary.EngineAuc);
        Assert.True(after.Score > 0, "The personal weights score what the shipped ones did not.");
        var change = app.WithDb(db => db.ScoreChanges.Where(c => c.InvitationId == untriaged.Id).OrderBy(c => c.Id).Last());
        Assert.Contains("12 generic and 8 personal", change.Reason, StringComparison.Ordinal);
    }

    /// <summary>Stores and marks copies of the campaign generic and some personal notes personal, then waits for the relearn.</summary>
    private static async Task TeachAsync(InviteScreenAppFactory app, HttpClient client, int campaignCopies, int personalNotes = 3)
    {
        for (var i = 0; i < campaignCopies; i++)
        {
            await MarkAsync(client, await app.StoreAsync(LearningNotes.ClubNote(i)), "generic");
        }

        for (var i = 0; i < personalNotes; i++)
        {
            await MarkAsync(client, await app.StoreAsync(LearningNotes.PersonalNote(i)), "personal");
        }

        await app.LearnedAsync();
    }

    private static async Task MarkAsync(HttpClient client, InvitationResponse invitation, string label)
    {
        var response = await client.PostAsJsonAsync($"/api/invitations/{invitation.Id}/feedback", new { label }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    private static async Task TriageAsync(InviteScreenAppFactory app, TriageAction action, long id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DecisionRecorder>().TriageAsync(action, [id], TestContext.Current.CancellationToken);
    }

    private static async Task<ScoreResponse> ScoreAsync(HttpClient client, InvitationInput input)
    {
        var response = await client.PostAsJsonAsync("/api/score", input, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ScoreResponse>(Json.Options, TestContext.Current.CancellationToken))!;
    }
}

using System.Text.Json;
using InviteScreen.Web.Screening;
using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Tests.Templates;

public sealed class TemplateGroupingTests
{
    private static readonly string[] FirstNames = ["Anna", "Bartosz", "Chloé", "Dmitri", "Eitan", "Fatima", "Gustavo", "Hana", "Ivan", "Jasmine"];
    private static readonly string[] Companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark Industries", "Wonka", "Tyrell", "Cyberdyne"];

    [Fact]
    public async Task Store_ThirtyCopiesOfOneTemplate_AreOneGroupAndCountOtherSenders()
    {
        await using var app = new InviteScreenAppFactory();
        var first = await app.StoreAsync(TemplateCopy(0));
        for (var i = 1; i < 30; i++)
        {
            await app.StoreAsync(TemplateCopy(i));
        }

        var groups = app.WithDb(db => db.Invitations.Select(i => i.TemplateGroupId).Distinct().ToList());
        Assert.Equal([first.Id], groups);
        var latest = app.WithDb(db => db.Invitations.Include(i => i.Findings).OrderByDescending(i => i.Id).First());
        Assert.Contains(latest.Findings, f => f.RuleId == "MASS_TEMPLATE" && f.Points == 60);
        var earliest = app.WithDb(db => db.Invitations.Include(i => i.Findings).Include(i => i.ScoreChanges).Single(i => i.Id == first.Id));
        Assert.Contains(earliest.Findings, f => f.RuleId == "MASS_TEMPLATE");
        Assert.True(earliest.Score > first.Score, $"{earliest.Score} > {first.Score}");
        Assert.NotEmpty(earliest.ScoreChanges);
    }

    [Fact]
    public async Task Store_DistinctPersonalNotesAndDifferentTemplates_AreNotMerged()
    {
        await using var app = new InviteScreenAppFactory();
        var corpus = LoadCorpus();
        var personal = corpus.Where(c => c.Label == "personal" && c.Message.Length > 60).Take(30).ToList();
        var generic = corpus.Where(c => c.Label == "generic" && c.Message.Length > 60).Take(30).ToList();
        Assert.Equal(30, personal.Count);
        Assert.Equal(30, generic.Count);

        foreach (var invitation in personal.Concat(generic))
        {
            await app.StoreAsync(new InvitationInput { SenderName = invitation.SenderName, Headline = invitation.Headline, Message = invitation.Message });
        }

        Assert.Equal(0, app.WithDb(db => db.Invitations.Count(i => i.TemplateGroupId != null)));
    }

    [Fact]
    public async Task Store_SameSenderTwice_IsARepeatNotATemplate()
    {
        await using var app = new InviteScreenAppFactory();
        var copy = TemplateCopy(3);

        await app.StoreAsync(copy);
        var second = await app.StoreAsync(copy);

        Assert.Null(app.WithDb(db => db.Invitations.Single(i => i.Id == second.Id).TemplateGroupId));
        Assert.Contains(second.Findings, f => f.RuleId == "SAME_SENDER_REPEAT");
        Assert.DoesNotContain(second.Findings, f => f.RuleId == "MASS_TEMPLATE");
    }

    [Fact]
    public async Task DetailsPage_OfGroupMember_ListsTheOtherSenders()
    {
        await using var app = new InviteScreenAppFactory();
        var first = await app.StoreAsync(TemplateCopy(0));
        await app.StoreAsync(TemplateCopy(1));
        await app.StoreAsync(TemplateCopy(2));
        using var client = app.CreateClient();

        var details = await Forms.ParseAsync(await client.GetAsync($"/invitations/{first.Id}", TestContext.Current.CancellationToken));
        var templates = await Forms.ParseAsync(await client.GetAsync("/templates", TestContext.Current.CancellationToken));
        var dashboard = await Forms.ParseAsync(await client.GetAsync("/invitations?inTemplate=true", TestContext.Current.CancellationToken));

        Assert.Contains("also sent by 2 other senders", details.QuerySelector("[data-testid=template-group]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, details.QuerySelectorAll("[data-testid=template-group] li a").Length);
        Assert.Contains("Score history", details.Body?.TextContent, StringComparison.Ordinal);
        var row = Assert.Single(templates.QuerySelectorAll("table.templates tbody tr"));
        Assert.Contains("…", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("streamline", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, dashboard.QuerySelectorAll("table.invitations tbody tr").Length);
    }

    /// <summary>One cold-sales template with the recipient's name, the sender's company and small edits varied.</summary>
    private static InvitationInput TemplateCopy(int i)
    {
        var greeting = i % 3 == 0 ? "Hi" : i % 3 == 1 ? "Hello" : "Hey";
        var impressed = i % 2 == 0 ? "was impressed by" : "was really impressed by";
        var when = i % 4 == 0 ? "next week" : "this week";
        var ai = i % 5 == 0 ? "" : "AI ";
        var end = i % 2 == 0 ? "?" : "? Thanks!";
        return new InvitationInput
        {
            SenderName = $"Sender {i:D2} {FirstNames[(i + 3) % FirstNames.Length]}",
            Headline = $"Account Executive at {Companies[i % Companies.Length]}",
            // Mild on its own, so the history's evidence shows in the score.
            Message = $"{greeting} {FirstNames[i % FirstNames.Length]}, I {impressed} your work at {Companies[(i + 1) % Companies.Length]}. " +
                $"At {Companies[i % Companies.Length]} our team has been looking at how to streamline hiring with {ai}tools. " +
                $"Would you like to swap stories {when}{end}",
        };
    }

    private sealed record CorpusInvitation(string Label, string SenderName, string Headline, string Message);

    private static List<CorpusInvitation> LoadCorpus() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "labelled-invitations.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<CorpusInvitation>(line, Json.Options)!)];
}

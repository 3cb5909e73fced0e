using System.Text.Json;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Tests.Templates;

/// <summary>Groups form around a representative note, so templates composed from shared sentences cannot chain.</summary>
public sealed class TemplateClusteringTests
{
    private const int CopiesPerCampaign = 6;

    private static readonly string[] Sentences = Campaign.SentenceLibrary;

    [Fact]
    public async Task Store_SpintaxTemplatesInPairsSharingOneSentence_MakeOneGroupEachAndNoneMerge()
    {
        await using var app = new InviteScreenAppFactory();
        Campaign[] campaigns =
        [
            new("Alpha", Sentences[0], Sentences[1], Sentences[2]),
            new("Bravo", Sentences[0], Sentences[3], Sentences[4]),
            new("Charlie", Sentences[5], Sentences[6], Sentences[7]),
            new("Delta", Sentences[5], Sentences[8], Sentences[1]),
        ];

        var stored = await StoreInterleavedAsync(app, campaigns);

        var groups = GroupsOf(app);
        foreach (var campaign in campaigns)
        {
            var campaignGroups = stored.Where(s => s.Campaign == campaign).Select(s => groups[s.Id]).Distinct().ToList();
            Assert.True(campaignGroups is [not null], $"{campaign.Name} is in groups {string.Join(", ", campaignGroups)}");
        }

        Assert.Equal(campaigns.Length, stored.Select(s => groups[s.Id]).Distinct().Count());
    }

    [Fact]
    public async Task Store_ChainOfTemplatesEachSharingTwoSentencesWithTheNext_NeverGroupsTemplatesSharingFewer()
    {
        await using var app = new InviteScreenAppFactory();
        var campaigns = Campaign.Chain(7);

        var stored = await StoreInterleavedAsync(app, campaigns);

        var groups = GroupsOf(app);
        Assert.All(stored, s => Assert.NotNull(groups[s.Id]));
        foreach (var group in stored.GroupBy(s => groups[s.Id]))
        {
            var members = group.Select(s => s.Campaign).Distinct().ToList();
            foreach (var (a, b) in members.SelectMany(a => members.Where(b => b != a).Select(b => (a, b))))
            {
                Assert.True(a.SharedSentences(b) >= 2, $"group {group.Key} holds {a.Name} and {b.Name}, which share {a.SharedSentences(b)} sentence(s)");
            }
        }
    }

    [Fact]
    public async Task Store_PersonalNotesThatBorrowATemplateSentence_AreNeverGrouped()
    {
        await using var app = new InviteScreenAppFactory();
        var campaign = new Campaign("Alpha", Sentences[5], Sentences[1], Sentences[2]);
        var personal = LoadPersonalNotes().Take(12).ToList();

        var copies = await StoreInterleavedAsync(app, [campaign]);
        var personalIds = new List<long>();
        foreach (var (note, n) in personal.Select((note, n) => (note, n)))
        {
            // Half of them open with the campaign's own first sentence, as people do.
            var message = n % 2 == 0 ? "Let's connect and explore how we can grow our networks together. " + note.Message : note.Message;
            personalIds.Add((await app.StoreAsync(new InvitationInput { SenderName = note.SenderName, Headline = note.Headline, Message = message })).Id);
        }

        var groups = GroupsOf(app);
        Assert.All(personalIds, id => Assert.Null(groups[id]));
        Assert.Single(copies.Select(c => groups[c.Id]).Distinct(), g => g is not null);
    }

    private static async Task<List<(long Id, Campaign Campaign)>> StoreInterleavedAsync(InviteScreenAppFactory app, IReadOnlyList<Campaign> campaigns)
    {
        var stored = new List<(long, Campaign)>();
        for (var copy = 0; copy < CopiesPerCampaign; copy++)
        {
            foreach (var campaign in campaigns)
            {
                stored.Add(((await app.StoreAsync(campaign.Copy(copy))).Id, campaign));
            }
        }

        return stored;
    }

    private static Dictionary<long, long?> GroupsOf(InviteScreenAppFactory app) =>
        app.WithDb(db => db.Invitations.ToDictionary(i => i.Id, i => i.TemplateGroupId));

    private sealed record CorpusInvitation(string Label, string SenderName, string Headline, string Message);

    private static IEnumerable<CorpusInvitation> LoadPersonalNotes() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "labelled-invitations.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<CorpusInvitation>(line, Json.Options)!)
            .Where(c => c.Label == "personal" && c.Message.Length > 40);
}

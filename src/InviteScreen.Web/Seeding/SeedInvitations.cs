using Bogus;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Seeding;

/// <summary>
/// Realistic generated invitations, oldest first over about two years: mass-sent campaigns (spintax templates
/// composed of sentences that other campaigns share, with the recipient's name, company and field merged in,
/// sent by many senders) and genuinely specific personal notes, some empty, some already triaged. Seeded, so
/// every run generates the same history, and each note says which campaign made it: the ground truth for grouping.
/// </summary>
internal sealed class SeedInvitations(int seed = 20260101)
{
    private static readonly string[] PersonalSentences =
    [
        "I really enjoyed your talk on {topic} at {event} {when}; the part about {detail} changed how we run it.",
        "{mutual} suggested I reach out about {topic}, since you fixed the same {detail} problem at {company}.",
        "We met at the {event} afterparty and chatted about {topic} and your dog's name, {pet}, and {detail}.",
        "Your post about {topic} saved our team a week of debugging {tech} {when}, and {detail}.",
        "I'm moving {company}'s billing service to {tech} and hit exactly the {detail} issue you described.",
        "Thanks for merging my PR to the {tech} exporter {when}; the {detail} test you asked for is in.",
        "We worked together at {company} back in {year}, on the payments team with {mutual}, and {detail}.",
        "Quick question about your {tech} benchmark: did you try it with {topic}, and {detail}?",
        "My daughter {pet} still wears the {event} t-shirt you gave away at the booth, and {detail}.",
        "I tried your {detail} trick on our {tech} cluster {when} and it halved the pager noise.",
        "You reviewed my {year} thesis chapter on {topic}; I finally shipped it at {company}, and {detail}.",
        "Saw you are hiring for {topic} work; my old team at {company} solved {detail} in {tech}.",
        "Your comment on the {tech} issue tracker about {detail} was exactly what I needed.",
        "Sorry I missed you at {event}, {mutual} said you had the best slides on {topic}, and {detail}.",
    ];

    public const int CampaignCount = 150;
    /// <summary>Frames for the details only this sender knows.</summary>
    private static readonly string[] Syllables = ["ka", "lo", "mi", "tra", "vel", "dor", "zen", "qui", "bar", "nu", "fex", "sol", "ri", "pan", "gor", "ti", "wex", "ulm", "sta", "pho"];

    private static readonly string[] Asides =
    [
        "Also, your notes on {words} are on my desk.",
        "PS: we still quote your line about {words}.",
        "Our team kept your checklist for {words} ever since.",
        "I owe you a coffee for the {words} tip.",
        "Still laughing about {words} from that evening.",
    ];

    private static readonly string[] Topics = ["SQLite WAL checkpoints", "Kafka consumer lag", "Postgres vacuum tuning", "Rust lifetimes", "feature flags", "OpenTelemetry sampling", "flaky CI runners", "zero-downtime migrations"];
    private static readonly string[] Events = ["NDC Oslo", "PGConf EU", "RustConf", "KubeCon Paris", "QCon London", "the Berlin Go meetup"];
    private static readonly string[] Techs = ["Postgres", "Kafka", "Kubernetes", "Rust", "ASP.NET", "Terraform", "SQLite"];
    private static readonly string[] When = ["yesterday", "last week", "on Tuesday", "in March", "last month"];

    private readonly Faker faker = new() { Random = new Randomizer(seed) };

    private readonly Dictionary<int, InvitationInput> senders = [];
    private IReadOnlyList<string>? campaigns;

    public IEnumerable<InvitationToStore> Generate(int count, DateTime until) => GenerateSeeded(count, until).Select(s => s.Item);

    public IEnumerable<SeededInvitation> GenerateSeeded(int count, DateTime until)
    {
        campaigns ??= SeedCampaigns.Compose(new Random(seed), CampaignCount);
        var senderCount = Math.Max(10, count / 4);
        var span = TimeSpan.FromDays(730);
        var start = until - span;
        for (var i = 0; i < count; i++)
        {
            var sentAt = start + span * ((i + faker.Random.Double()) / count);
            var generic = faker.Random.Double() < 0.6;
            var sender = faker.Random.Int(0, senderCount - 1);
            var campaign = generic ? faker.Random.Int(0, campaigns.Count - 1) : (int?)null;
            var input = Sender(sender, campaign is { } c ? Fill(campaigns[c]) : Personal());
            yield return new SeededInvitation(new InvitationToStore(
                input,
                SentAt: new DateTime(sentAt.Ticks - sentAt.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc),
                // Screened a little after it was sent, but never after now.
                ScreenedAt: sentAt + TimeSpan.FromMinutes(faker.Random.Int(0, (int)Math.Min(72 * 60, (until - sentAt).TotalMinutes))),
                Status: Status(generic)),
                string.IsNullOrEmpty(input.Message) ? null : campaign);
        }
    }

    private InvitationInput Sender(int number, string message)
    {
        if (!senders.TryGetValue(number, out var sender))
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            sender = new InvitationInput
            {
                SenderName = $"{first} {last}",
                Headline = $"{faker.Name.JobTitle()} at {faker.Company.CompanyName()}",
                ProfileUrl = number % 3 == 0 ? null : $"https://www.linkedin.com/in/{first.ToLowerInvariant()}-{last.ToLowerInvariant()}-{number}".Replace(' ', '-').Replace('\'', '-'),
            };
            senders[number] = sender;
        }

        return sender with { Message = faker.Random.Double() < 0.15 ? "" : message };
    }

    /// <summary>One copy of a campaign: its spintax spun and the recipient's fields merged in.</summary>
    private string Fill(string campaign) => Spintax.Spin(campaign, new Random(faker.Random.Int()), new Dictionary<string, string>
    {
        ["FirstName"] = faker.Name.FirstName(),
        ["Company"] = faker.Company.CompanyName(),
        ["Field"] = faker.PickRandom(CampaignSentences.Fields),
    });

    /// <summary>
    /// A specific note: one personal sentence filled in, and details nobody else wrote (random words, so no
    /// two notes share enough word pairs to look like a template); a quarter open with a campaign's stock opener.
    /// </summary>
    private string Personal() =>
        (faker.Random.Double() < 0.25 ? Fill(faker.PickRandom(CampaignSentences.Openers)) + " " : "")
        + $"{faker.Name.FirstName()}, " + string.Join(' ', faker.PickRandom(PersonalSentences, 1).Select(s => s
            .Replace("{topic}", faker.PickRandom(Topics), StringComparison.Ordinal)
            .Replace("{event}", faker.PickRandom(Events), StringComparison.Ordinal)
            .Replace("{when}", faker.PickRandom(When), StringComparison.Ordinal)
            .Replace("{detail}", RandomWords(3), StringComparison.Ordinal)
            .Replace("{mutual}", faker.Name.FullName(), StringComparison.Ordinal)
            .Replace("{company}", faker.Company.CompanyName(), StringComparison.Ordinal)
            .Replace("{tech}", faker.PickRandom(Techs), StringComparison.Ordinal)
            .Replace("{pet}", faker.Name.FirstName(), StringComparison.Ordinal)
            .Replace("{year}", faker.Random.Int(2012, 2023).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
        + " " + faker.PickRandom(Asides).Replace("{words}", CodeNames(16), StringComparison.Ordinal);

    /// <summary>
    /// Words only this sender would write (project and tool code names): Bogus's word lists are too small and
    /// repeat multi-word entries ("personal loan account"), so two notes would share more words than people do.
    /// </summary>
    private string CodeNames(int count) =>
        string.Join(' ', Enumerable.Range(0, count).Select(_ => string.Concat(Enumerable.Range(0, faker.Random.Int(3, 4)).Select(_ => faker.PickRandom(Syllables)))));

    /// <summary>Lower-case words nobody else wrote, without stops ("u.s.") that would end a sentence.</summary>
    private string RandomWords(int count) => faker.Random.Words(count).ToLowerInvariant().Replace(".", "", StringComparison.Ordinal);

    private TriageStatus Status(bool generic)
    {
        var roll = faker.Random.Double();
        return generic
            ? roll switch { < 0.5 => TriageStatus.New, < 0.85 => TriageStatus.Ignored, < 0.93 => TriageStatus.Reported, _ => TriageStatus.Accepted }
            : roll switch { < 0.5 => TriageStatus.New, < 0.92 => TriageStatus.Accepted, _ => TriageStatus.Ignored };
    }
}

/// <summary>A generated invitation and the campaign that wrote its note (null for personal and empty notes).</summary>
public sealed record SeededInvitation(InvitationToStore Item, int? Campaign);

using Bogus;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;

namespace InviteScreen.Web.Seeding;

/// <summary>
/// Realistic generated invitations, oldest first over about two years: mass-sent templates (a shared text with
/// the recipient, company and field varied, sent by many senders) and genuinely specific personal notes,
/// some empty, some already triaged. Seeded, so every run generates the same history.
/// </summary>
internal sealed class SeedInvitations(int seed = 20260101)
{
    private static readonly string[] GenericSentences =
    [
        "I came across your profile and was impressed by your background in {field}.",
        "I'd like to add you to my professional network on LinkedIn.",
        "We help {segment} {outcome} with our {product}.",
        "I'm always looking to connect with like-minded professionals in {field}.",
        "Would you be open to a quick 15 min call next week to explore synergies?",
        "Our {product} has helped companies like {company} {outcome}.",
        "I just joined {company} and would love to show you how we {outcome}.",
        "Let's explore mutually beneficial opportunities and grow our networks together.",
        "Feel free to grab a slot on my calendar whenever suits you.",
        "Hope this message finds you well.",
        "I noticed we have several mutual connections in the {field} space.",
        "Leveraging cutting edge technology, we deliver seamless end-to-end solutions.",
        "I have an exciting opportunity that matches your profile perfectly.",
        "My client, a fast-growing scale-up, is hiring senior people in {field}.",
        "Are you open to new challenges? The package is very competitive.",
        "I'd love to pick your brain about {field} over a virtual coffee.",
        "Happy to share a free audit of your {field} setup, no strings attached.",
        "Looking forward to connecting and learning from each other.",
    ];

    private static readonly string[] PersonalSentences =
    [
        "I really enjoyed your talk on {topic} at {event} {when}; the part about {detail} changed how we run it.",
        "{mutual} suggested I reach out about {topic}, since you fixed the same {detail} problem at {company}.",
        "We met at the {event} afterparty and chatted about {topic} and your dog's name, {pet}.",
        "Your post about {topic} saved our team a week of debugging {tech} {when}.",
        "I'm moving {company}'s billing service to {tech} and hit exactly the {detail} issue you described.",
        "Thanks for merging my PR to the {tech} exporter {when}; the {detail} test you asked for is in.",
        "We worked together at {company} back in {year}, on the payments team with {mutual}.",
        "Quick question about your {tech} benchmark: did you try it with {topic}?",
        "My daughter {pet} still wears the {event} t-shirt you gave away at the booth.",
        "I tried your {detail} trick on our {tech} cluster {when} and it halved the pager noise.",
        "You reviewed my {year} thesis chapter on {topic}; I finally shipped it at {company}.",
        "Saw you are hiring for {topic} work; my old team at {company} solved {detail} in {tech}.",
        "Your comment on the {tech} issue tracker about {detail} was exactly what I needed.",
        "Sorry I missed you at {event}, {mutual} said you had the best slides on {topic}.",
    ];

    private static readonly string[] Fields = ["data engineering", "cloud security", "product design", "fintech", "supply chain", "DevOps", "healthcare IT", "sales enablement"];
    private static readonly string[] Segments = ["SaaS founders", "e-commerce brands", "B2B teams", "fast-growing startups", "agencies", "CTOs"];
    private static readonly string[] Outcomes = ["cut cloud costs by 30%", "book more meetings", "scale faster", "generate qualified leads", "automate invoicing"];
    private static readonly string[] Products = ["AI-powered platform", "outbound engine", "cost optimisation tool", "lead generation service"];
    private static readonly string[] Topics = ["SQLite WAL checkpoints", "Kafka consumer lag", "Postgres vacuum tuning", "Rust lifetimes", "feature flags", "OpenTelemetry sampling", "flaky CI runners", "zero-downtime migrations"];
    private static readonly string[] Events = ["NDC Oslo", "PGConf EU", "RustConf", "KubeCon Paris", "QCon London", "the Berlin Go meetup"];
    private static readonly string[] Techs = ["Postgres", "Kafka", "Kubernetes", "Rust", "ASP.NET", "Terraform", "SQLite"];
    private static readonly string[] When = ["yesterday", "last week", "on Tuesday", "in March", "last month"];

    private readonly Faker faker = new() { Random = new Randomizer(seed) };

    private readonly Dictionary<int, InvitationInput> senders = [];
    private string[]? templates;

    public IEnumerable<InvitationToStore> Generate(int count, DateTime until)
    {
        templates ??= [.. Enumerable.Range(0, 150).Select(_ => string.Join(' ', faker.PickRandom(GenericSentences, 3)))];
        var senderCount = Math.Max(10, count / 4);
        var span = TimeSpan.FromDays(730);
        var start = until - span;
        for (var i = 0; i < count; i++)
        {
            var sentAt = start + span * ((i + faker.Random.Double()) / count);
            var generic = faker.Random.Double() < 0.6;
            var sender = faker.Random.Int(0, senderCount - 1);
            yield return new InvitationToStore(
                Sender(sender, generic ? Fill(templates[faker.Random.Int(0, templates.Length - 1)]) : Personal()),
                SentAt: new DateTime(sentAt.Ticks - sentAt.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc),
                // Screened a little after it was sent, but never after now.
                ScreenedAt: sentAt + TimeSpan.FromMinutes(faker.Random.Int(0, (int)Math.Min(72 * 60, (until - sentAt).TotalMinutes))),
                Status: Status(generic));
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

    private string Fill(string template) =>
        $"Hi {faker.Name.FirstName()}, " + template
            .Replace("{field}", faker.PickRandom(Fields), StringComparison.Ordinal)
            .Replace("{segment}", faker.PickRandom(Segments), StringComparison.Ordinal)
            .Replace("{outcome}", faker.PickRandom(Outcomes), StringComparison.Ordinal)
            .Replace("{product}", faker.PickRandom(Products), StringComparison.Ordinal)
            .Replace("{company}", faker.Company.CompanyName(), StringComparison.Ordinal);

    /// <summary>
    /// A specific note: one personal sentence filled in, and details nobody else wrote (random words, so no
    /// two notes share enough word pairs to look like a template).
    /// </summary>
    private string Personal() =>
        $"{faker.Name.FirstName()}, " + string.Join(' ', faker.PickRandom(PersonalSentences, 1).Select(s => s
            .Replace("{topic}", faker.PickRandom(Topics), StringComparison.Ordinal)
            .Replace("{event}", faker.PickRandom(Events), StringComparison.Ordinal)
            .Replace("{when}", faker.PickRandom(When), StringComparison.Ordinal)
            .Replace("{detail}", faker.Hacker.Noun() + " " + faker.Hacker.IngVerb(), StringComparison.Ordinal)
            .Replace("{mutual}", faker.Name.FullName(), StringComparison.Ordinal)
            .Replace("{company}", faker.Company.CompanyName(), StringComparison.Ordinal)
            .Replace("{tech}", faker.PickRandom(Techs), StringComparison.Ordinal)
            .Replace("{pet}", faker.Name.FirstName(), StringComparison.Ordinal)
            .Replace("{year}", faker.Random.Int(2012, 2023).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)))
        + $" Also, your notes on {faker.Random.Words(16).ToLowerInvariant()} are on my desk.";

    private TriageStatus Status(bool generic)
    {
        var roll = faker.Random.Double();
        return generic
            ? roll switch { < 0.5 => TriageStatus.New, < 0.85 => TriageStatus.Ignored, < 0.93 => TriageStatus.Reported, _ => TriageStatus.Accepted }
            : roll switch { < 0.5 => TriageStatus.New, < 0.92 => TriageStatus.Accepted, _ => TriageStatus.Ignored };
    }
}

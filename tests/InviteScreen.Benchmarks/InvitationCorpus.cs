using System.Text;
using InviteScreen.Scoring;

namespace InviteScreen.Benchmarks;

/// <summary>
/// Realistic invitations from word lists: half mass-sent templates, half personal notes, about 300 characters each.
/// Seeded, so every run measures the same texts.
/// </summary>
public static class InvitationCorpus
{
    private static readonly string[] FirstNames = ["Sam", "Ana", "Priya", "Jonas", "Mei", "Tomasz", "Fatima", "Lucas", "Ingrid", "Kwame", "Sofia", "Raj"];
    private static readonly string[] LastNames = ["Kowalski", "Okafor", "Lindqvist", "Nakamura", "García", "Schmidt", "Haddad", "Novak", "Brennan", "Iyer"];
    private static readonly string[] Companies = ["Northwind", "Contoso", "Fabrikam", "Initech", "Globex", "Tailspin", "Litware", "Adatum", "Proseware", "Wingtip"];
    private static readonly string[] Fields = ["data engineering", "cloud security", "product design", "fintech", "supply chain", "DevOps", "healthcare IT"];
    private static readonly string[] Segments = ["SaaS founders", "e-commerce brands", "B2B teams", "fast-growing startups", "agencies", "CTOs"];
    private static readonly string[] Outcomes = ["cut cloud costs by 30%", "book more meetings", "scale faster", "generate qualified leads", "automate invoicing"];
    private static readonly string[] Products = ["AI-powered platform", "outbound engine", "cost optimisation tool", "lead generation service"];
    private static readonly string[] Topics = ["SQLite WAL checkpoints", "Kafka consumer lag", "Postgres vacuum tuning", "Rust lifetimes", "feature flags", "OpenTelemetry sampling"];
    private static readonly string[] Events = ["NDC Oslo", "PGConf EU", "RustConf", "KubeCon Paris", "QCon London", "the Berlin Go meetup"];
    private static readonly string[] Techs = ["Postgres", "Kafka", "Kubernetes", "Rust", "ASP.NET", "Terraform", "SQLite"];
    private static readonly string[] When = ["yesterday", "last week", "on Tuesday", "in March", "last month"];

    private static readonly string[] GenericSentences =
    [
        "I came across your profile and was impressed by your background in {field}.",
        "I'd like to add you to my professional network.",
        "We help {segment} {outcome} with our {product}.",
        "I'm always looking to connect with like-minded professionals in {field}.",
        "Would you be open to a quick 15 min call next week to explore synergies?",
        "Our {product} has helped companies like yours {outcome}.",
        "I just joined {company} and would love to show you how we {outcome}.",
        "Let's explore mutually beneficial opportunities and grow our networks together.",
        "Feel free to grab a slot here: calendly.com/{first}-{company}/15min.",
        "Hope this message finds you well.",
        "I noticed we have several mutual connections in the {field} space.",
        "Leveraging cutting edge technology, we deliver seamless end-to-end solutions.",
    ];

    private static readonly string[] PersonalSentences =
    [
        "I really enjoyed your talk on {topic} at {event} {when}.",
        "{mutual} suggested I reach out about {topic}.",
        "We met at the {event} afterparty and chatted about {topic}.",
        "Your post about {topic} saved our team a week of debugging {tech}.",
        "I'm moving {company}'s billing service to {tech} and hit the same issue you described.",
        "Would love to compare notes on {topic} some time.",
        "Thanks for merging my PR to the {tech} exporter {when}.",
        "We worked together at {company} back in 2019, on the payments team.",
        "Quick question about your {tech} benchmark: did you try it with {topic}?",
    ];

    public static InvitationText[] Generate(int count, int seed)
    {
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(_ => Next(random))];
    }

    private static InvitationText Next(Random random)
    {
        var generic = random.Next(2) == 0;
        var sender = $"{Pick(random, FirstNames)} {Pick(random, LastNames)}";
        var headline = generic
            ? Fill(random, Pick(random, ["Business Development Manager at {company}", "Helping {segment} {outcome} 🚀", "Account Executive | SaaS | Growth"]))
            : Fill(random, Pick(random, ["Staff Engineer at {company}", "Maintainer of the {tech} exporter", "PhD student in {field}"]));

        var note = new StringBuilder(Fill(random, Pick(random, generic ? ["Hi {first},", "Hello there,", "Dear {first},"] : ["Hi {first},", "Hey {first}!"])));
        while (note.Length < 270)
        {
            note.Append(' ').Append(Fill(random, Pick(random, generic ? GenericSentences : PersonalSentences)));
        }

        note.Append(generic ? " Looking forward to connecting!" : $" Cheers, {sender.Split(' ')[0]}");
        return new InvitationText(sender, headline, note.ToString());
    }

    private static string Fill(Random random, string template) => template
        .Replace("{first}", Pick(random, FirstNames), StringComparison.Ordinal)
        .Replace("{mutual}", $"{Pick(random, FirstNames)} {Pick(random, LastNames)}", StringComparison.Ordinal)
        .Replace("{company}", Pick(random, Companies), StringComparison.Ordinal)
        .Replace("{field}", Pick(random, Fields), StringComparison.Ordinal)
        .Replace("{segment}", Pick(random, Segments), StringComparison.Ordinal)
        .Replace("{outcome}", Pick(random, Outcomes), StringComparison.Ordinal)
        .Replace("{product}", Pick(random, Products), StringComparison.Ordinal)
        .Replace("{topic}", Pick(random, Topics), StringComparison.Ordinal)
        .Replace("{event}", Pick(random, Events), StringComparison.Ordinal)
        .Replace("{tech}", Pick(random, Techs), StringComparison.Ordinal)
        .Replace("{when}", Pick(random, When), StringComparison.Ordinal);

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}

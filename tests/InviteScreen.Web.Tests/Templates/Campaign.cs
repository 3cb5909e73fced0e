using InviteScreen.Web.Screening;
using InviteScreen.Web.Seeding;

namespace InviteScreen.Web.Tests.Templates;

/// <summary>A campaign's template built from spintax sentences; each copy goes to another recipient from another sender.</summary>
internal sealed class Campaign(string name, params string[] sentences)
{
    private static readonly string[] FirstNames = ["Anna", "Bartosz", "Chloé", "Dmitri", "Eitan", "Fatima", "Gustavo", "Hana", "Ivan", "Jasmine", "Kofi", "Lena"];
    private static readonly string[] Companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark Industries", "Wonka", "Tyrell", "Cyberdyne"];

    /// <summary>Cold-outreach sentences with spintax and merge fields, for composing campaigns that share some.</summary>
    public static readonly string[] SentenceLibrary =
    [
        "I came across your profile and {was impressed by|really liked} your work in [Company]'s {data|platform} team.",
        "We help {fast-growing|ambitious} companies streamline their hiring process with our {AI |}platform.",
        "{Would you be open to|Are you up for} a quick call {next week|this week} to see if we could help?",
        "I'm building a community of {engineering leaders|tech leaders} who share {lessons|ideas} every month.",
        "Our clients usually cut their cloud bill by a third within {two|three} months of {starting|signing}.",
        "{Let's|We should} connect and {explore|discuss} how we can grow our networks together.",
        "I {noticed|saw} that you {recently|just} moved into a leadership role at [Company], congratulations!",
        "{Happy to|Glad to} share a free audit of your current setup, no strings attached.",
        "My calendar is open if you want to pick a slot that {suits|works for} you.",
    ];

    public string Name { get; } = name;

    public IReadOnlyList<string> Sentences { get; } = sentences;

    /// <summary>Campaigns of three sentences, each sharing two with the next: A and C share only one.</summary>
    public static Campaign[] Chain(int length) =>
        [.. Enumerable.Range(0, length).Select(i => new Campaign($"Chain{i}", SentenceLibrary[i], SentenceLibrary[i + 1], SentenceLibrary[i + 2]))];

    public int SharedSentences(Campaign other) => Sentences.Intersect(other.Sentences).Count();

    public InvitationInput Copy(int copy)
    {
        var random = new Random(Name.Sum(c => c) * 1_000 + copy);
        var fields = new Dictionary<string, string>
        {
            ["FirstName"] = FirstNames[copy % FirstNames.Length],
            ["Company"] = Companies[(copy + 3) % Companies.Length],
        };
        return new InvitationInput
        {
            SenderName = $"{Name} Sender {copy:D2}",
            Headline = $"Account Executive at {Companies[copy % Companies.Length]}",
            Message = Spintax.Spin("{Hi|Hello|Hey} [FirstName], " + string.Join(' ', Sentences), random, fields),
        };
    }
}

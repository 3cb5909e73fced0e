using InviteScreen.Web.Screening;
using InviteScreen.Web.Seeding;

namespace InviteScreen.Web.Tests.Templates;

/// <summary>A campaign's template built from spintax sentences; each copy goes to another recipient from another sender.</summary>
internal sealed class Campaign(string name, params string[] sentences)
{
    private static readonly string[] FirstNames = ["Anna", "Bartosz", "Chloé", "Dmitri", "Eitan", "Fatima", "Gustavo", "Hana", "Ivan", "Jasmine", "Kofi", "Lena"];
    private static readonly string[] Companies = ["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark Industries", "Wonka", "Tyrell", "Cyberdyne"];

    public string Name { get; } = name;

    public IReadOnlyList<string> Sentences { get; } = sentences;

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

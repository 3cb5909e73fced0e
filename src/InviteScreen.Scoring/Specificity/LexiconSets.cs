using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Specificity;

/// <summary>The catalogue's word lists as sets that normalised words can be looked up in without allocating.</summary>
internal sealed class LexiconSets
{
    public LexiconSets(Lexicon lexicon)
    {
        WorkNouns = new(lexicon.WorkNouns);
        VagueWorkNouns = new(lexicon.VagueWorkNouns);
        WorkAdjectives = new(lexicon.WorkAdjectives);
        Specifiers = new(lexicon.Specifiers);
        VagueAfter = new(lexicon.VagueAfter);
        IntroVerbs = new(lexicon.IntroVerbs);
        IntroPrepositions = new(lexicon.IntroPrepositions);
        RelationNouns = new(lexicon.RelationNouns);
        TimeWords = new(lexicon.TimeWords);
        Greetings = new(lexicon.Greetings);
        NotNames = new(lexicon.NotNames.Concat(lexicon.Greetings));
        SelfIntroStarts = [.. lexicon.SelfIntroStarts.Select(NormalizedText.Normalize)];
    }

    public WordSet WorkNouns { get; }
    public WordSet VagueWorkNouns { get; }
    public WordSet WorkAdjectives { get; }
    public WordSet Specifiers { get; }
    public WordSet VagueAfter { get; }
    public WordSet IntroVerbs { get; }
    public WordSet IntroPrepositions { get; }
    public WordSet RelationNouns { get; }
    public WordSet TimeWords { get; }
    public WordSet Greetings { get; }
    public WordSet NotNames { get; }
    public WordSet SignOffs { get; } = new(["thanks", "thank", "best", "regards", "cheers", "sincerely", "warmly", "br", "kr", "greetings"]);
    public WordSet TimeQualifiers { get; } = new(["last", "on", "earlier", "that", "yesterday's"]);
    public WordSet QualifiedTimeWords { get; } = new(["week", "month", "weekend", "morning", "evening", "afternoon", "summer", "winter", "spring", "autumn", "year"]);
    public WordSet PartsOfToday { get; } = new(["morning", "afternoon", "evening"]);
    public WordSet SalesUnits { get; } = new(["min", "mins", "minute", "minutes", "hour", "hours", "percent", "x", "times", "k", "m", "clients", "companies", "customers", "brands", "businesses", "days", "weeks", "leads", "meetings"]);
    public WordSet YouVerbs { get; } = new(["gave", "wrote", "published", "posted", "shared", "did", "ran", "hosted", "presented", "made", "built", "recorded", "organized", "organised", "led", "released", "merged", "opened", "filed", "started", "maintain", "wrote", "authored", "delivered", "taught", "moderated", "answered", "reviewed"]);
    public WordSet Connectives { get; } = new(["and", "or", "but", "is", "was", "are", "were", "has", "have", "had", "to", "be", "i", "you", "we", "it", "me"]);
    public IReadOnlyList<string> SelfIntroStarts { get; }
}

/// <summary>A set of lower-case words, looked up by span.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public WordSet(IEnumerable<string> items)
    {
        words = new HashSet<string>(items.Select(NormalizedText.Normalize), StringComparer.Ordinal);
        lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) => lookup.Contains(word);
}

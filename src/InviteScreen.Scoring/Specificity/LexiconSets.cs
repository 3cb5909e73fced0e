using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Specificity;

/// <summary>
/// The catalogue's word lists folded into one table, so each word of a note is looked up once
/// (without allocating) and the checks then test its classes.
/// </summary>
internal sealed class LexiconSets
{
    private readonly Dictionary<string, WordClass> classes = new(StringComparer.Ordinal);
    private readonly WordClassTable table;
    private readonly Dictionary<string, string[]> echoStartsByFirstWord;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> echoLookup;

    public LexiconSets(Lexicon lexicon)
    {
        Add(WordClass.WorkNoun, lexicon.WorkNouns);
        Add(WordClass.VagueWorkNoun, lexicon.VagueWorkNouns);
        Add(WordClass.WorkAdjective, lexicon.WorkAdjectives);
        Add(WordClass.Specifier, lexicon.Specifiers);
        Add(WordClass.VagueAfter, lexicon.VagueAfter);
        Add(WordClass.IntroVerb, lexicon.IntroVerbs);
        Add(WordClass.IntroPreposition, lexicon.IntroPrepositions);
        Add(WordClass.RelationNoun, lexicon.RelationNouns);
        Add(WordClass.TimeWord, lexicon.TimeWords);
        Add(WordClass.Greeting, lexicon.Greetings);
        Add(WordClass.NotName, lexicon.NotNames.Concat(lexicon.Greetings));
        Add(WordClass.SignOff, ["thanks", "thank", "best", "regards", "cheers", "sincerely", "warmly", "br", "kr", "greetings", "grüße", "gruß", "saludos", "cordialement", "abraços", "abrazos", "saluti"]);
        Add(WordClass.TimeQualifier, ["last", "on", "earlier", "that", "yesterday's"]);
        Add(WordClass.QualifiedTimeWord, ["week", "month", "weekend", "morning", "evening", "afternoon", "summer", "winter", "spring", "autumn", "year"]);
        Add(WordClass.PartOfToday, ["morning", "afternoon", "evening"]);
        Add(WordClass.SalesUnit, ["min", "mins", "minute", "minutes", "hour", "hours", "percent", "x", "times", "k", "m", "clients", "companies", "customers", "brands", "businesses", "days", "weeks", "leads", "meetings", "figures", "spots", "seats", "slots"]);
        Add(WordClass.YouVerb, ["gave", "wrote", "published", "posted", "shared", "did", "ran", "hosted", "presented", "made", "built", "recorded", "organized", "organised", "led", "released", "merged", "opened", "filed", "started", "maintain", "authored", "delivered", "taught", "moderated", "answered", "reviewed"]);
        Add(WordClass.Connective, ["and", "or", "but", "is", "was", "are", "were", "has", "have", "had", "to", "be", "i", "you", "we", "it", "me"]);
        Add(WordClass.RecipientPossessive, ["your"]);
        Add(WordClass.Demonstrative, ["the", "that"]);
        SelfIntroStarts = [.. lexicon.SelfIntroStarts.Select(NormalizedText.Normalize)];
        Add(WordClass.SelfIntroStart, SelfIntroStarts.Select(start => start.Split(' ')[0]));
        var echoStarts = lexicon.ProfileEchoStarts.Select(NormalizedText.Normalize).ToList();
        Add(WordClass.ProfileEchoStart, echoStarts.Select(start => start.Split(' ')[0]));
        echoStartsByFirstWord = echoStarts.GroupBy(start => start.Split(' ')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        echoLookup = echoStartsByFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        table = new WordClassTable(classes);
    }

    public IReadOnlyList<string> SelfIntroStarts { get; }

    /// <summary>The profile-echo openers that begin with this word: a word is checked against a few, not all.</summary>
    public IReadOnlyList<string> ProfileEchoStartsWith(ReadOnlySpan<char> firstWord) =>
        echoLookup.TryGetValue(firstWord, out var starts) ? starts : [];

    public WordClass Classify(ReadOnlySpan<char> word) => table[word];

    private void Add(WordClass wordClass, IEnumerable<string> words)
    {
        foreach (var word in words.Select(NormalizedText.Normalize))
        {
            classes[word] = classes.GetValueOrDefault(word) | wordClass;
        }
    }
}

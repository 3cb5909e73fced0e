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
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> selfIntroStarts;
    private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> profileEchoStarts;

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
        Add(WordClass.SignOff, lexicon.SignOffs);
        Add(WordClass.TimeQualifier, lexicon.TimeQualifiers);
        Add(WordClass.QualifiedTimeWord, lexicon.QualifiedTimeWords);
        Add(WordClass.PartOfToday, lexicon.PartsOfToday);
        Add(WordClass.SalesUnit, lexicon.SalesUnits);
        Add(WordClass.YouVerb, lexicon.YouVerbs);
        Add(WordClass.Connective, lexicon.Connectives);
        Add(WordClass.RecipientPossessive, lexicon.RecipientPossessives);
        Add(WordClass.Demonstrative, lexicon.Demonstratives);
        Add(WordClass.Addressee, lexicon.Addressees);
        Add(WordClass.GreetingLead, lexicon.GreetingLeads);
        selfIntroStarts = ByFirstWord(lexicon.SelfIntroStarts);
        Add(WordClass.SelfIntroStart, selfIntroStarts.Dictionary.Keys);
        profileEchoStarts = ByFirstWord(lexicon.ProfileEchoStarts);
        Add(WordClass.ProfileEchoStart, profileEchoStarts.Dictionary.Keys);
        table = new WordClassTable(classes);
    }

    /// <summary>The self-introduction openers ("i'm", "my name is") that begin with this word: a word is checked against a few, not all.</summary>
    public ReadOnlySpan<string> SelfIntroStartsWith(ReadOnlySpan<char> firstWord) =>
        selfIntroStarts.TryGetValue(firstWord, out var starts) ? starts : [];

    /// <summary>The profile-echo openers ("you're a", "your role as") that begin with this word.</summary>
    public ReadOnlySpan<string> ProfileEchoStartsWith(ReadOnlySpan<char> firstWord) =>
        profileEchoStarts.TryGetValue(firstWord, out var starts) ? starts : [];

    public WordClass Classify(ReadOnlySpan<char> word) => table[word];

    private static Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> ByFirstWord(IEnumerable<string> openers) =>
        openers.Select(NormalizedText.Normalize)
            .GroupBy(opener => opener.Split(' ')[0], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private void Add(WordClass wordClass, IEnumerable<string> words)
    {
        foreach (var word in words.Select(NormalizedText.Normalize))
        {
            classes[word] = classes.GetValueOrDefault(word) | wordClass;
        }
    }
}

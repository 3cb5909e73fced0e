using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Matching;
using InviteScreen.Scoring.Specificity;

namespace InviteScreen.Scoring;

/// <summary>The catalogue turned into matchers: one phrase automaton and one combined pattern per field.</summary>
internal sealed class CompiledCatalogue
{
    public CompiledCatalogue(RuleCatalogue catalogue)
    {
        Rules = [.. catalogue.Rules];
        var categories = catalogue.Categories.Select(c => c.Id).ToList();
        CategoryOfRule = [.. Rules.Select(r => categories.IndexOf(r.Category))];
        CategoryCaps = [.. catalogue.Categories.Select(c => c.Cap)];
        MarksPitch = [.. CategoryOfRule.Select(c => catalogue.Categories[c].MarksPitch)];
        Lexicon = new LexiconSets(catalogue.Lexicon);

        foreach (var field in Enum.GetValues<InvitationField>())
        {
            var phrases = new List<PhraseEntry>();
            var patterns = new List<(int, string)>();
            for (var r = 0; r < Rules.Length; r++)
            {
                if (!Rules[r].Fields.Contains(field))
                {
                    continue;
                }

                foreach (var phrase in Rules[r].Phrases ?? [])
                {
                    var isPrefix = phrase.EndsWith('*');
                    phrases.Add(new PhraseEntry(NormalizedText.Normalize(phrase.TrimEnd('*')), isPrefix, r));
                }

                if (Rules[r].Kind == RuleKind.Pattern)
                {
                    patterns.Add((r, Rules[r].Pattern!));
                }
            }

            Phrases[(int)field] = new PhraseAutomaton(phrases);
            Patterns[(int)field] = new PatternMatcher(patterns);
        }

        var ruleByCheck = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < Rules.Length; r++)
        {
            if (Rules[r].Kind == RuleKind.Structural)
            {
                ruleByCheck[Rules[r].Check!] = r;
            }
        }

        Checks = new SpecificityChecks(Lexicon, ruleByCheck);
        NoReasonRule = ruleByCheck.GetValueOrDefault("noReason", -1);
        EmptyMergeFieldRule = ruleByCheck.GetValueOrDefault("emptyMergeField", -1);
        PersonalCategories = [.. catalogue.Categories.Select(c => c.Cap < 0)];
        TextModel = catalogue.TextModel;
        TextPointsPerLogit = catalogue.TextPointsPerLogit;
        TextMassRule = Array.FindIndex(Rules, r => r.Kind == RuleKind.TextModel && r.Points > 0);
        TextPersonalRule = Array.FindIndex(Rules, r => r.Kind == RuleKind.TextModel && r.Points < 0);
        MailMergeEchoRule = ruleByCheck.GetValueOrDefault("profileEchoOfRecipient", -1);
        LearnedGenericRule = Array.FindIndex(Rules, r => r.Kind == RuleKind.Learned && r.Points > 0);
        LearnedPersonalRule = Array.FindIndex(Rules, r => r.Kind == RuleKind.Learned && r.Points < 0);
        Combinations = [.. Rules.Select((rule, index) => (rule, index))
            .Where(x => x.rule.Kind == RuleKind.Combination)
            .Select(x => new Combination(x.index, [.. x.rule.Requires!.Select(item => Resolve(item, categories))]))];
    }

    public RuleDefinition[] Rules { get; }
    public int[] CategoryOfRule { get; }
    public int[] CategoryCaps { get; }
    public bool[] PersonalCategories { get; }

    /// <summary>By rule: whether its findings mark their sentence as a pitch.</summary>
    public bool[] MarksPitch { get; }

    public LexiconSets Lexicon { get; }
    public PhraseAutomaton[] Phrases { get; } = new PhraseAutomaton[3];
    public PatternMatcher[] Patterns { get; } = new PatternMatcher[3];
    public SpecificityChecks Checks { get; }
    public int NoReasonRule { get; }
    public int EmptyMergeFieldRule { get; }
    public Combination[] Combinations { get; }

    public Learning.TextModel? TextModel { get; }
    public double TextPointsPerLogit { get; }

    /// <summary>The text model's rules: its reading of mass outreach, and of a personal note (-1: none).</summary>
    public int TextMassRule { get; }
    public int TextPersonalRule { get; }

    /// <summary>The rule a detail becomes when it only repeats the recipient's profile (-1: none).</summary>
    public int MailMergeEchoRule { get; }

    /// <summary>The rules of what the user taught: notes like those marked generic, and like those marked personal.</summary>
    public int LearnedGenericRule { get; }
    public int LearnedPersonalRule { get; }

    private Requirement Resolve(string item, List<string> categories)
    {
        var alternatives = item.Split('|');
        return new Requirement(
            [.. alternatives.Select(a => Array.FindIndex(Rules, r => r.Id == a)).Where(i => i >= 0)],
            [.. alternatives.Select(a => categories.IndexOf(a)).Where(i => i >= 0)]);
    }
}

/// <summary>A combination rule fires when each requirement is met by a finding of one of its rules or categories.</summary>
internal sealed record Combination(int RuleIndex, Requirement[] Requirements)
{
    public bool IsMet(bool[] firedRules, bool[] firedCategories)
    {
        foreach (var requirement in Requirements)
        {
            if (!requirement.IsMet(firedRules, firedCategories))
            {
                return false;
            }
        }

        return true;
    }
}

internal sealed record Requirement(int[] Rules, int[] Categories)
{
    public bool IsMet(bool[] firedRules, bool[] firedCategories)
    {
        foreach (var rule in Rules)
        {
            if (firedRules[rule])
            {
                return true;
            }
        }

        foreach (var category in Categories)
        {
            if (firedCategories[category])
            {
                return true;
            }
        }

        return false;
    }
}

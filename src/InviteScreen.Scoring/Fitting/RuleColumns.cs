using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Scoring.Fitting;

/// <summary>
/// The rules and categories the fit weighs, with their hand-set points as the prior: every rule but the history
/// rules (no labelled note has a history) and the text model's own two, which share one weight.
/// </summary>
internal sealed class RuleColumns
{
    public RuleColumns(RuleCatalogue catalogue, double priorPointsPerLogit)
    {
        var categoryIds = catalogue.Categories.Select(c => c.Id).ToList();
        Categories = [.. catalogue.Categories.Select(c => new Category(c.Id, c.Cap < 0, Math.Abs(c.Cap) / priorPointsPerLogit))];
        Rules = [.. catalogue.Rules
            .Where(r => r.Kind is not (RuleKind.History or RuleKind.TextModel or RuleKind.Learned))
            .Select(r => new Rule(r.Id, categoryIds.IndexOf(r.Category), r.MaxHits, r.Points / priorPointsPerLogit))];
        TextMassCategory = categoryIds.IndexOf(catalogue.Rules.Single(r => r.Kind == RuleKind.TextModel && r.Points > 0).Category);
        TextPersonalCategory = categoryIds.IndexOf(catalogue.Rules.Single(r => r.Kind == RuleKind.TextModel && r.Points < 0).Category);
        index = Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> index;

    public IReadOnlyList<Rule> Rules { get; }
    public IReadOnlyList<Category> Categories { get; }
    public int TextMassCategory { get; }
    public int TextPersonalCategory { get; }

    /// <summary>The note's hits per fitted rule, each up to its maxHits.</summary>
    public double[] Hits(ScoreResult result)
    {
        var hits = new double[Rules.Count];
        foreach (var finding in result.Findings)
        {
            if (index.TryGetValue(finding.RuleId, out var r) && hits[r] < Rules[r].MaxHits)
            {
                hits[r]++;
            }
        }

        return hits;
    }

    /// <summary>
    /// Whether the fit weighs the category: it holds a fitted rule or the text model. The others (history, learned)
    /// keep the catalogue's caps, since no labelled note reaches them.
    /// </summary>
    public bool IsFitted(int category) =>
        category == TextMassCategory || category == TextPersonalCategory || Rules.Any(r => r.Category == category);

    /// <summary>
    /// The most log-odds the text model may add either way: short of the flag on its own, so the rules and the
    /// text model both have their say.
    /// </summary>
    public const double MaxTextLogit = 3.0;

    public bool IsText(int category) => category == TextMassCategory || category == TextPersonalCategory;

    /// <summary>A rule's weight keeps the sign of its category: a credit never turns into evidence.</summary>
    public double Signed(int rule, double weight) => Categories[Rules[rule].Category].Credit ? Math.Min(0, weight) : Math.Max(0, weight);

    internal sealed record Rule(string Id, int Category, int MaxHits, double Prior);

    internal sealed record Category(string Id, bool Credit, double PriorCap);
}

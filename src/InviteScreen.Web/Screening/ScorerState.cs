using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Web.Screening;

/// <summary>
/// The scorer in use: appsettings' options and the shipped (fitted) catalogue, with the user's settings and rule
/// changes on top. Swapped whole when they change; each request takes the one current when it starts.
/// </summary>
public sealed class ScorerState
{
    private readonly Func<RuleCatalogue> loadCatalogue;
    private volatile GenericnessScorer current;

    public ScorerState(ScoringOptions baseOptions, Func<RuleCatalogue> loadCatalogue)
    {
        BaseOptions = baseOptions;
        this.loadCatalogue = loadCatalogue;
        BaseRules = loadCatalogue().Rules;
        current = new GenericnessScorer(loadCatalogue(), baseOptions);
    }

    /// <summary>The options from configuration, before the user's settings.</summary>
    public ScoringOptions BaseOptions { get; }

    /// <summary>Every rule of the catalogue with its fitted points, before the user's changes.</summary>
    public IReadOnlyList<RuleDefinition> BaseRules { get; }

    public GenericnessScorer Current => current;

    /// <summary>A scorer with these bands and rule changes; throws <see cref="CatalogueException"/> or <see cref="ArgumentException"/> when they are invalid.</summary>
    public GenericnessScorer Build(int flagThreshold, int genericFrom, int personalBelow, IEnumerable<RuleOverlay> overlay)
    {
        var options = new ScoringOptions
        {
            WeightsPath = BaseOptions.WeightsPath, Saturation = BaseOptions.Saturation,
            FlagThreshold = flagThreshold, GenericFrom = genericFrom, PersonalBelow = personalBelow,
        };
        var catalogue = loadCatalogue();
        catalogue.ApplyOverlay(overlay);
        return new GenericnessScorer(catalogue, options);
    }

    public void Publish(GenericnessScorer scorer) => current = scorer;
}

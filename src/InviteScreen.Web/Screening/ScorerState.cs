using InviteScreen.Scoring;
using InviteScreen.Scoring.Catalogue;

namespace InviteScreen.Web.Screening;

/// <summary>
/// The scorer in use: appsettings' options and the shipped (fitted) catalogue, or the user's personal weights when
/// their decisions earned them, with the user's settings and rule changes on top. Swapped whole when any of them
/// changes; each request takes the one current when it starts.
/// </summary>
public sealed class ScorerState
{
    private readonly Func<RuleCatalogue> loadCatalogue;
    private readonly Lock swap = new();
    private volatile Snapshot current;

    public ScorerState(ScoringOptions baseOptions, Func<RuleCatalogue> loadCatalogue)
    {
        BaseOptions = baseOptions;
        this.loadCatalogue = loadCatalogue;
        BaseRules = loadCatalogue().Rules;
        current = Make(baseOptions, [], personal: null);
    }

    /// <summary>The options from configuration, before the user's settings.</summary>
    public ScoringOptions BaseOptions { get; }

    /// <summary>Every rule of the catalogue with its fitted points, before the user's changes.</summary>
    public IReadOnlyList<RuleDefinition> BaseRules { get; }

    public GenericnessScorer Current => current.InUse;

    /// <summary>Held while the stored settings are read and put in force, so overlapping saves cannot land out of order.</summary>
    internal SemaphoreSlim Loading { get; } = new(1, 1);

    /// <summary>The shipped weights with the user's settings and rule changes: what a personal fit must beat.</summary>
    public GenericnessScorer Shipped => current.Shipped;

    /// <summary>A scorer with these bands and rule changes; throws <see cref="CatalogueException"/> or <see cref="ArgumentException"/> when they are invalid.</summary>
    public GenericnessScorer Build(int flagThreshold, int genericFrom, int personalBelow, IEnumerable<RuleOverlay> overlay) =>
        Build(Options(flagThreshold, genericFrom, personalBelow), [.. overlay], personal: null);

    /// <summary>Puts these bands and rule changes in force, over the personal weights if there are any.</summary>
    public void Publish(int flagThreshold, int genericFrom, int personalBelow, IEnumerable<RuleOverlay> overlay)
    {
        lock (swap)
        {
            current = Make(Options(flagThreshold, genericFrom, personalBelow), [.. overlay], current.Personal);
        }
    }

    /// <summary>Puts the user's personal weights in force, or the shipped ones again (null), under the same settings.</summary>
    public void PublishPersonal(FittedWeights? personal)
    {
        lock (swap)
        {
            current = Make(current.Options, current.Overlay, personal);
        }
    }

    /// <summary>The scorer these personal weights would give under the settings in force, without putting it in force.</summary>
    public GenericnessScorer WithPersonal(FittedWeights personal)
    {
        var snapshot = current;
        return Build(snapshot.Options, snapshot.Overlay, personal);
    }

    private Snapshot Make(ScoringOptions options, List<RuleOverlay> overlay, FittedWeights? personal)
    {
        var shipped = Build(options, overlay, personal: null);
        return new Snapshot(options, overlay, personal, shipped, personal is null ? shipped : Build(options, overlay, personal));
    }

    private GenericnessScorer Build(ScoringOptions options, List<RuleOverlay> overlay, FittedWeights? personal)
    {
        var catalogue = personal is null ? loadCatalogue() : RuleCatalogue.LoadEmbedded(personal);
        catalogue.ApplyOverlay(overlay);
        return new GenericnessScorer(catalogue, options);
    }

    private ScoringOptions Options(int flagThreshold, int genericFrom, int personalBelow) => new()
    {
        WeightsPath = BaseOptions.WeightsPath, Saturation = BaseOptions.Saturation,
        FlagThreshold = flagThreshold, GenericFrom = genericFrom, PersonalBelow = personalBelow,
    };

    private sealed record Snapshot(ScoringOptions Options, List<RuleOverlay> Overlay, FittedWeights? Personal, GenericnessScorer Shipped, GenericnessScorer InUse);
}

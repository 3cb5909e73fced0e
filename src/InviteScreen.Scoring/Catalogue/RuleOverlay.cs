namespace InviteScreen.Scoring.Catalogue;

/// <summary>The user's change to one rule: disabled, or other points (null keeps the catalogue's).</summary>
public sealed record RuleOverlay(string RuleId, bool Disabled, int? Points);

public sealed partial class RuleCatalogue
{
    /// <summary>
    /// Applies the user's changes on top of this (fitted) catalogue and validates the result as the catalogue file
    /// is validated. Throws <see cref="CatalogueException"/> naming the rule at fault.
    /// </summary>
    public void ApplyOverlay(IEnumerable<RuleOverlay> overlay)
    {
        foreach (var change in overlay)
        {
            var rule = Rules.Find(r => r.Id == change.RuleId) ?? throw new CatalogueException($"Rule '{change.RuleId}' is not in the catalogue.");
            if (change.Points is { } points)
            {
                if (points is 0 or < -100 or > 100)
                {
                    throw new CatalogueException($"Rule '{rule.Id}': points must be between -100 and 100 and not 0.");
                }

                // A rule the fit left at 0 keeps the sign of its category.
                var sign = rule.Points != 0 ? Math.Sign(rule.Points) : Math.Sign(Categories.Find(c => c.Id == rule.Category)?.Cap ?? 1);
                if (Math.Sign(points) != sign)
                {
                    throw new CatalogueException($"Rule '{rule.Id}': points must keep their sign ({(sign > 0 ? "positive: it counts towards generic" : "negative: it counts towards personal")}).");
                }

                rule.Points = points;
            }

            if (change.Disabled && rule.Kind == RuleKind.History)
            {
                throw new CatalogueException($"Rule '{rule.Id}': a history rule cannot be disabled; give it fewer points instead.");
            }
        }

        var disabled = overlay.Where(c => c.Disabled).Select(c => c.RuleId).ToHashSet(StringComparer.Ordinal);
        Rules.RemoveAll(r => disabled.Contains(r.Id));
        Validate(fitted: true);
    }
}

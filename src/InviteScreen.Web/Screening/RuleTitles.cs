namespace InviteScreen.Web.Screening;

/// <summary>
/// The words people read for rule and category ids ("No reason given" for NO_REASON). Pages show these;
/// the API and the CSV keep the ids.
/// </summary>
public sealed class RuleTitles(ScorerState scorers)
{
    private readonly Dictionary<string, string> rules = scorers.BaseRules.ToDictionary(r => r.Id, r => r.Title, StringComparer.Ordinal);
    private readonly Dictionary<string, string> categories = scorers.Current.Categories.ToDictionary(c => c.Id, c => c.Name, StringComparer.Ordinal);

    /// <summary>The rule's title; the id itself for a rule the catalogue no longer has (an old stored finding).</summary>
    public string Rule(string ruleId) => rules.GetValueOrDefault(ruleId, ruleId);

    public string Category(string categoryId) => categories.GetValueOrDefault(categoryId, categoryId);
}

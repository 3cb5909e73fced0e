using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Catalogue;

/// <summary>The validated rule catalogue: categories, rules and the structural checks' word lists.</summary>
public sealed partial class RuleCatalogue
{
    public static readonly IReadOnlySet<string> StructuralChecks = new HashSet<string>(StringComparer.Ordinal)
    {
        "emptyNote", "noReason", "yourWork", "yourWorkSpecific", "mutualContact", "specificDetail", "profileEcho", "emptyMergeField", "profileEchoOfRecipient",
    };

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
    };

    public List<CategoryDefinition> Categories { get; set; } = [];
    public List<RuleDefinition> Rules { get; set; } = [];
    public Lexicon Lexicon { get; set; } = new();

    /// <summary>The text model whose reading is one more finding; none unless fitted weights supply it.</summary>
    [JsonIgnore]
    public Learning.TextModel? TextModel { get; set; }

    /// <summary>Points a text-model finding earns per unit of the model's log-odds.</summary>
    [JsonIgnore]
    public double TextPointsPerLogit { get; set; }

    /// <summary>The catalogue shipped inside this assembly, with the fitted weights over its hand-set points.</summary>
    public static RuleCatalogue LoadEmbedded()
    {
        using var weights = Embedded("fitted-weights.json");
        return LoadEmbedded(weights);
    }

    /// <summary>The shipped catalogue with weights of another fit (the fit command's output) over its hand-set points.</summary>
    public static RuleCatalogue LoadEmbedded(Stream fittedWeights)
    {
        var catalogue = LoadEmbeddedUnfitted();
        FittedWeights.FromJson(fittedWeights).ApplyTo(catalogue);
        return catalogue;
    }

    /// <summary>The shipped catalogue with these weights (a user's personal fit) over its hand-set points.</summary>
    public static RuleCatalogue LoadEmbedded(FittedWeights weights)
    {
        var catalogue = LoadEmbeddedUnfitted();
        weights.ApplyTo(catalogue);
        return catalogue;
    }

    /// <summary>The shipped catalogue with its hand-set points only: the prior the fit starts from.</summary>
    public static RuleCatalogue LoadEmbeddedUnfitted()
    {
        using var stream = Embedded("rules.json");
        return Load(stream);
    }

    private static Stream Embedded(string name) =>
        typeof(RuleCatalogue).Assembly.GetManifestResourceStream($"InviteScreen.Scoring.{name}")
        ?? throw new CatalogueException($"The embedded {name} is missing.");

    public static RuleCatalogue Load(Stream json)
    {
        RuleCatalogue? catalogue;
        try
        {
            catalogue = JsonSerializer.Deserialize<RuleCatalogue>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new CatalogueException($"The rule catalogue is not valid JSON at {e.Path}: {e.Message}", e);
        }

        if (catalogue is null)
        {
            throw new CatalogueException("The rule catalogue is empty.");
        }

        catalogue.Validate();
        return catalogue;
    }

    public static RuleCatalogue Parse(string json)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Load(stream);
    }

    /// <param name="fitted">The fit may leave a rule at 0 points; a hand-written catalogue may not.</param>
    internal void Validate(bool fitted = false)
    {
        var categoryIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var category in Categories)
        {
            if (string.IsNullOrWhiteSpace(category.Id) || !categoryIds.Add(category.Id))
            {
                throw new CatalogueException($"Category '{category.Id}' is unnamed or defined twice.");
            }
        }

        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in Rules)
        {
            if (string.IsNullOrWhiteSpace(rule.Id) || !ruleIds.Add(rule.Id))
            {
                throw new CatalogueException($"Rule '{rule.Id}' has no id or is defined twice.");
            }

            if (categoryIds.Contains(rule.Id))
            {
                throw new CatalogueException($"Rule '{rule.Id}' has the same id as a category.");
            }

            ValidateRule(rule, categoryIds, fitted);
        }

        if (Rules.FirstOrDefault(r => r.NeedsDetail) is { } needy && !Rules.Any(r => r.Check is "specificDetail" or "yourWorkSpecific" or "mutualContact"))
        {
            throw new CatalogueException($"Rule '{needy.Id}' needs a detail, but no rule runs the 'specificDetail', 'yourWorkSpecific' or 'mutualContact' check.");
        }

        foreach (var rule in Rules.Where(r => r.Kind == RuleKind.Combination))
        {
            foreach (var item in rule.Requires!.SelectMany(r => r.Split('|')))
            {
                if (!ruleIds.Contains(item) && !categoryIds.Contains(item))
                {
                    throw new CatalogueException($"Rule '{rule.Id}' requires '{item}', which is neither a rule nor a category.");
                }
            }
        }
    }

    private static void ValidateRule(RuleDefinition rule, HashSet<string> categoryIds, bool fitted)
    {
        void Fail(string why) => throw new CatalogueException($"Rule '{rule.Id}': {why}");

        if (!categoryIds.Contains(rule.Category))
        {
            Fail($"unknown category '{rule.Category}'.");
        }

        if (rule.Points is < -100 or > 100 || (rule.Points == 0 && !fitted))
        {
            Fail("points must be between -100 and 100 and not 0.");
        }

        if (string.IsNullOrWhiteSpace(rule.Title))
        {
            Fail("a title is required.");
        }

        if (string.IsNullOrWhiteSpace(rule.Explanation))
        {
            Fail("an explanation is required.");
        }

        if (rule.Fields.Count == 0 || rule.MaxHits < 1)
        {
            Fail("needs at least one field and maxHits of at least 1.");
        }

        switch (rule.Kind)
        {
            case RuleKind.Phrases when rule.Phrases is not { Count: > 0 } || rule.Phrases.Any(p => NormalizedText.Normalize(p.TrimEnd('*')).Length == 0):
                Fail("a phrase rule needs a non-empty list of phrases, each with a letter, digit or sign that survives normalisation.");
                break;
            case RuleKind.Pattern:
                ValidatePattern(rule, Fail);
                break;
            case RuleKind.Structural when rule.Check is null || !StructuralChecks.Contains(rule.Check):
                Fail($"unknown structural check '{rule.Check}'; known: {string.Join(", ", StructuralChecks)}.");
                break;
            case RuleKind.Combination when rule.Requires is not { Count: >= 2 }:
                Fail("a combination needs at least two required items.");
                break;
        }
    }

    private static void ValidatePattern(RuleDefinition rule, Action<string> fail)
    {
        if (string.IsNullOrWhiteSpace(rule.Pattern))
        {
            fail("a pattern rule needs a pattern.");
            return;
        }

        if (UpperCaseLetterOutsideEscapes(rule.Pattern) is { } letter)
        {
            fail($"patterns match the normalised, lower-case text, so '{letter}' can never match; write it in lower case.");
            return;
        }

        try
        {
            _ = new Regex(rule.Pattern, PatternMatcher.Options);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            fail($"the pattern does not compile: {e.Message}");
        }
    }

    /// <summary>An upper-case letter that is not an escape (<c>\D</c>, <c>\S</c>, <c>\p{Lu}</c>), or null.</summary>
    private static char? UpperCaseLetterOutsideEscapes(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\')
            {
                var escaped = ++i < pattern.Length ? pattern[i] : ' ';
                if (escaped is 'p' or 'P' && i + 1 < pattern.Length && pattern[i + 1] == '{')
                {
                    i = pattern.IndexOf('}', i) is var close and >= 0 ? close : pattern.Length;
                }
            }
            else if (char.IsUpper(pattern[i]))
            {
                return pattern[i];
            }
        }

        return null;
    }
}

using System.Text.Json;
using System.Text.Json.Serialization;
using InviteScreen.Scoring.Learning;

namespace InviteScreen.Scoring.Catalogue;

/// <summary>
/// What the fit (<c>dotnet run --project src/InviteScreen.Training -- fit</c>) derives from the labelled notes: each
/// rule's points, each category's cap and the text model. It overrides the hand-set points of rules.json, which are
/// the fit's prior. History and learned rules keep theirs, since no labelled note has a history or a user; so, in
/// effect, does MAIL_MERGE_ECHO (no labelled note has a recipient's profile): its fitted points are its prior, scaled.
/// </summary>
public sealed class FittedWeights
{
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>What the weights were fitted on, in words and counts.</summary>
    public string FittedOn { get; set; } = "";

    public SortedDictionary<string, int> RulePoints { get; set; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, int> CategoryCaps { get; set; } = new(StringComparer.Ordinal);

    public FittedTextModel? TextModel { get; set; }

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions) + "\n";

    public static FittedWeights FromJson(Stream json)
    {
        try
        {
            return JsonSerializer.Deserialize<FittedWeights>(json, JsonOptions) ?? throw new CatalogueException("The fitted weights are empty.");
        }
        catch (JsonException e)
        {
            throw new CatalogueException($"The fitted weights are not valid JSON at {e.Path}: {e.Message}", e);
        }
    }

    /// <summary>Writes the fitted numbers over the catalogue's; a name the catalogue lacks is an error.</summary>
    internal void ApplyTo(RuleCatalogue catalogue)
    {
        foreach (var (id, points) in RulePoints)
        {
            var rule = catalogue.Rules.Find(r => r.Id == id) ?? throw new CatalogueException($"Fitted weights name rule '{id}', which the catalogue lacks.");
            if (points is < -100 or > 100)
            {
                throw new CatalogueException($"Fitted weights give rule '{id}' {points} points; points lie within -100..100.");
            }

            rule.Points = points;
        }

        foreach (var (id, cap) in CategoryCaps)
        {
            var category = catalogue.Categories.Find(c => c.Id == id) ?? throw new CatalogueException($"Fitted weights name category '{id}', which the catalogue lacks.");
            if (Math.Sign(cap) != Math.Sign(category.Cap) && cap != 0)
            {
                throw new CatalogueException($"Fitted weights turn the sign of category '{id}'s cap.");
            }

            category.Cap = cap;
        }

        if (TextModel is not null)
        {
            catalogue.TextModel = TextModel.ToModel();
            catalogue.TextPointsPerLogit = TextModel.PointsPerLogit;
        }
    }
}

/// <summary>The text model as stored: weights quantised to signed bytes, times <see cref="Scale"/>.</summary>
public sealed class FittedTextModel
{
    /// <summary>Points a finding earns per unit of the model's log-odds.</summary>
    public double PointsPerLogit { get; set; }

    public double Bias { get; set; }

    public double Scale { get; set; }

    /// <summary>Base64 of one signed byte per hash bucket.</summary>
    public string Weights { get; set; } = "";

    public static FittedTextModel From(TextModel model, double pointsPerLogit) => new()
    {
        PointsPerLogit = Math.Round(pointsPerLogit, 6),
        Bias = Math.Round(model.Bias, 6),
        Scale = model.Scale,
        Weights = Convert.ToBase64String(System.Runtime.InteropServices.MemoryMarshal.AsBytes(model.Quantized)),
    };

    public TextModel ToModel()
    {
        try
        {
            var bytes = Convert.FromBase64String(Weights);
            return new TextModel(Bias, [.. bytes.Select(b => (float)((sbyte)b * Scale))]);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new CatalogueException($"The fitted text model's weights are unreadable: {e.Message}", e);
        }
    }
}

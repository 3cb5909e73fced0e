using System.Text.Json;

namespace InviteScreen.Scoring.Fitting;

/// <summary>
/// The project's own labelled corpora, written for the project and embedded in the engine: what the shipped fit
/// and every user's personal fit start from. Each file is one group; borderline notes are left out.
/// </summary>
public static class ProjectCorpus
{
    private const string Prefix = "InviteScreen.Scoring.Corpus.";
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };
    private static readonly Lazy<IReadOnlyList<FitNote>> Notes = new(Load);

    public static IReadOnlyList<FitNote> All => Notes.Value;

    private static List<FitNote> Load()
    {
        var assembly = typeof(ProjectCorpus).Assembly;
        var notes = new List<FitNote>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            var group = $"ours:{name[Prefix.Length..]}";
            while (reader.ReadLine() is { } line)
            {
                if (line.Trim().Length > 0 && JsonSerializer.Deserialize<Row>(line, Json) is { Label: "generic" or "personal" } row)
                {
                    notes.Add(new FitNote(new InvitationText(row.SenderName, row.Headline, row.Message ?? ""), row.Label == "generic", group, Measured: false));
                }
            }
        }

        return notes;
    }

    private sealed record Row(string Label, string? SenderName, string? Headline, string? Message);
}

using System.Text.Json;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Fitting;

namespace InviteScreen.Training;

/// <summary>A labelled invitation and the source it came from: one corpus file, one inbox, one tool's templates.</summary>
public sealed record LabelledNote(string Source, string Label, string? SenderName, string? Headline, string Message, bool Real)
{
    public bool IsGeneric => Label == "generic";

    /// <summary>Borderline notes are looked at, never scored against.</summary>
    public bool IsDecided => Label is "generic" or "personal";

    public InvitationText ToText() => new(SenderName, Headline, Message);

    public FitNote ToFitNote() => new(ToText(), IsGeneric, Source, Measured: Real);
}

/// <summary>Reads the labelled notes: the project's corpora, and the real corpus beside the repository when it is there.</summary>
public static class LabelledNotes
{
    /// <summary>The decided notes, as the fit takes them.</summary>
    public static List<FitNote> ForFit(IEnumerable<LabelledNote> notes) => [.. notes.Where(n => n.IsDecided).Select(n => n.ToFitNote())];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static string OurCorporaFolder(string repository) => Path.Combine(repository, "src", "InviteScreen.Scoring", "Fitting", "Corpus");

    public static string RealCorpusPath(string repository) => Path.GetFullPath(Path.Combine(repository, "..", "shared", "corpus", "real-invitations.jsonl"));

    /// <summary>Each of our corpus files is one source; each real note names its own.</summary>
    public static List<LabelledNote> Load(string repository, bool includeReal = true)
    {
        var notes = new List<LabelledNote>();
        foreach (var file in Directory.GetFiles(OurCorporaFolder(repository), "*.jsonl").Order(StringComparer.Ordinal))
        {
            notes.AddRange(Read(file, row => new LabelledNote($"ours:{Path.GetFileName(file)}", row.Label, row.SenderName, row.Headline, row.Message ?? "", Real: false)));
        }

        var real = RealCorpusPath(repository);
        if (includeReal && File.Exists(real))
        {
            notes.AddRange(Read(real, row => new LabelledNote(row.Source ?? "unknown", row.Label, row.SenderName, row.Headline, row.Message ?? "", Real: true)));
        }

        return notes;
    }

    /// <summary>The folder holding InviteScreen.sln, from the working directory or the program's folder upwards.</summary>
    public static string FindRepository()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "InviteScreen.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new DirectoryNotFoundException("InviteScreen.sln was not found above the working directory.");
    }

    private static IEnumerable<LabelledNote> Read(string file, Func<Row, LabelledNote> toNote) =>
        File.ReadLines(file).Where(line => line.Trim().Length > 0).Select(line => toNote(JsonSerializer.Deserialize<Row>(line, Json)!));

    private sealed record Row(string Label, string? SenderName, string? Headline, string? Message, string? Source);
}

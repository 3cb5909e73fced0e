namespace InviteScreen.Scoring.Learning;

/// <summary>
/// What one user taught by marking notes generic or personal: a text model over their decisions, and for each
/// n-gram how many of the marked notes held it, so a finding can say "you marked 6 notes like this as generic".
/// </summary>
public sealed class LearnedModel
{
    /// <summary>Points a learned finding earns per unit of log-odds; its category caps it.</summary>
    public const double PointsPerLogit = 8;

    private readonly int[] genericNotes;
    private readonly int[] personalNotes;

    private LearnedModel(TextModel model, int[] genericNotes, int[] personalNotes, int generic, int personal)
    {
        Model = model;
        this.genericNotes = genericNotes;
        this.personalNotes = personalNotes;
        Generic = generic;
        Personal = personal;
    }

    public TextModel Model { get; }

    /// <summary>How many decisions of each kind it learned from.</summary>
    public int Generic { get; }
    public int Personal { get; }

    /// <summary>Learns from the user's decisions; null until they have marked at least one note of each kind.</summary>
    public static LearnedModel? Train(IReadOnlyList<TrainingNote> decisions)
    {
        var generic = decisions.Count(d => d.Generic);
        if (generic == 0 || generic == decisions.Count)
        {
            return null;
        }

        var genericNotes = new int[NgramFeatures.Dimensions];
        var personalNotes = new int[NgramFeatures.Dimensions];
        foreach (var decision in decisions)
        {
            var counts = decision.Generic ? genericNotes : personalNotes;
            foreach (var bucket in TextModelTrainer.Buckets(decision.Message).Buckets.Distinct())
            {
                counts[bucket]++;
            }
        }

        return new LearnedModel(TextModelTrainer.Train(decisions), genericNotes, personalNotes, generic, decisions.Count - generic);
    }

    /// <summary>How many marked notes of the reading's side held the n-gram that counted most for it.</summary>
    internal int NotesLike(TextReading reading) =>
        reading.StrongestBucket < 0 ? 0 : (reading.Logit >= 0 ? genericNotes : personalNotes)[reading.StrongestBucket];
}

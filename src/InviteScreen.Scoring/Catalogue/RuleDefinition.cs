namespace InviteScreen.Scoring.Catalogue;

/// <summary>One rule as written in the catalogue file.</summary>
public sealed class RuleDefinition
{
    public string Id { get; set; } = "";

    /// <summary>A short name for people ("No reason given"); the id stays what the API and CSV speak.</summary>
    public string Title { get; set; } = "";
    public string Category { get; set; } = "";
    public RuleKind Kind { get; set; }
    public int Points { get; set; }
    public string Explanation { get; set; } = "";
    public string? Suggestion { get; set; }
    public List<InvitationField> Fields { get; set; } = [InvitationField.Message];

    /// <summary>How many matches earn points; further matches are shown with 0 points.</summary>
    public int MaxHits { get; set; } = 1;

    /// <summary>The rule marks the sender selling something: names and numbers next to it are the seller's, not a reason.</summary>
    public bool Sells { get; set; }

    /// <summary>
    /// The rule's claim counts only in a note that names something (a detail, the recipient's named work, a mutual
    /// contact): "great meeting you at the event" names nothing, so anyone can send it.
    /// </summary>
    public bool NeedsDetail { get; set; }

    public List<string>? Phrases { get; set; }
    public string? Pattern { get; set; }
    public string? Check { get; set; }

    /// <summary>For history rules: points added for each repeat beyond the first, up to <see cref="MaxPoints"/>.</summary>
    public int PointsPerRepeat { get; set; }

    public int MaxPoints { get; set; } = 100;

    /// <summary>For combinations: each item is a rule id or category id, or several joined by <c>|</c> (any of them).</summary>
    public List<string>? Requires { get; set; }
}

public enum RuleKind
{
    Phrases,
    Pattern,
    Structural,
    Combination,

    /// <summary>Evidence from the user's history (the same note from other senders), supplied by the caller.</summary>
    History,

    /// <summary>
    /// The text model's reading: its points follow the model's log-odds, and the sign of the rule's own points says
    /// which way it reads (mass outreach, or a note written for one person).
    /// </summary>
    TextModel,

    /// <summary>Like <see cref="TextModel"/>, read by the model learned from the user's own decisions.</summary>
    Learned,
}

public sealed class CategoryDefinition
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The most points (or, for credits, the most negative points) the category can add.</summary>
    public int Cap { get; set; }

    /// <summary>
    /// A finding of this category marks its sentence as a pitch: the names and numbers in that sentence are the
    /// seller's ("join our webinar 'Scaling Recruitment' on June 12"), not details about the recipient.
    /// </summary>
    public bool MarksPitch { get; set; }
}

/// <summary>Word lists the structural checks read.</summary>
public sealed class Lexicon
{
    public List<string> WorkNouns { get; set; } = [];
    public List<string> VagueWorkNouns { get; set; } = [];
    public List<string> WorkAdjectives { get; set; } = [];
    public List<string> Specifiers { get; set; } = [];
    public List<string> VagueAfter { get; set; } = [];
    public List<string> IntroVerbs { get; set; } = [];
    public List<string> IntroPrepositions { get; set; } = [];
    public List<string> RelationNouns { get; set; } = [];
    public List<string> TimeWords { get; set; } = [];
    public List<string> Greetings { get; set; } = [];
    public List<string> SelfIntroStarts { get; set; } = [];

    /// <summary>Openers of a sentence that reads the recipient's profile back to them ("I see you're ... at ...").</summary>
    public List<string> ProfileEchoStarts { get; set; } = [];
    public List<string> NotNames { get; set; } = [];

    /// <summary>Words that close a note ("thanks", "regards").</summary>
    public List<string> SignOffs { get; set; } = [];

    /// <summary>Words that make the next word a time ("last week", "on Tuesday").</summary>
    public List<string> TimeQualifiers { get; set; } = [];

    /// <summary>Time words that need a qualifier ("week" in "last week").</summary>
    public List<string> QualifiedTimeWords { get; set; } = [];

    /// <summary>"This morning": a time of today.</summary>
    public List<string> PartsOfToday { get; set; } = [];

    /// <summary>Units of a sales claim ("15 minutes", "3x", "200 clients").</summary>
    public List<string> SalesUnits { get; set; } = [];

    /// <summary>What a recipient did ("the talk you gave").</summary>
    public List<string> YouVerbs { get; set; } = [];

    /// <summary>Small words that are never names.</summary>
    public List<string> Connectives { get; set; } = [];

    /// <summary>"your".</summary>
    public List<string> RecipientPossessives { get; set; } = [];

    /// <summary>"the", "that": "the talk you gave".</summary>
    public List<string> Demonstratives { get; set; } = [];

    /// <summary>"you".</summary>
    public List<string> Addressees { get; set; } = [];

    /// <summary>The first word of a two-word greeting ("good morning", "buenos días").</summary>
    public List<string> GreetingLeads { get; set; } = [];
}

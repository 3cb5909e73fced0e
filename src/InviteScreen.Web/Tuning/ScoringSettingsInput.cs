using FluentValidation;

namespace InviteScreen.Web.Tuning;

/// <summary>The settings form: threshold, verdict bands and the empty-note policy.</summary>
public sealed class ScoringSettingsInput
{
    public int FlagThreshold { get; set; }
    public int GenericFrom { get; set; }
    public int PersonalBelow { get; set; }
    public bool EmptyNoteNeutral { get; set; }

    public static ScoringSettingsInput From(ScoringSettings s) => new()
    {
        FlagThreshold = s.FlagThreshold, GenericFrom = s.GenericFrom, PersonalBelow = s.PersonalBelow, EmptyNoteNeutral = s.EmptyNoteNeutral,
    };

    public ScoringSettings ToRow() => new()
    {
        FlagThreshold = FlagThreshold, GenericFrom = GenericFrom, PersonalBelow = PersonalBelow, EmptyNoteNeutral = EmptyNoteNeutral,
    };

    public string Describe() =>
        $"flag from {FlagThreshold}, generic from {GenericFrom}, personal below {PersonalBelow}, an empty note {(EmptyNoteNeutral ? "neutral" : "generic")}";
}

public sealed class ScoringSettingsInputValidator : AbstractValidator<ScoringSettingsInput>
{
    public ScoringSettingsInputValidator()
    {
        RuleFor(s => s.FlagThreshold).InclusiveBetween(0, 100).WithMessage("The flag threshold must lie between 0 and 100.");
        RuleFor(s => s.GenericFrom).InclusiveBetween(0, 100).WithMessage("\"Generic from\" must lie between 0 and 100.");
        RuleFor(s => s.PersonalBelow).InclusiveBetween(0, 100).WithMessage("\"Personal below\" must lie between 0 and 100.");
        RuleFor(s => s.PersonalBelow).LessThanOrEqualTo(s => s.GenericFrom)
            .WithMessage("\"Personal below\" must not be above \"generic from\": the personal band lies under the generic one.");
    }
}

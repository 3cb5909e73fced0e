using FluentValidation;
using InviteScreen.Scoring.Policy;

namespace InviteScreen.Web.Tuning;

/// <summary>The form that adds one allow or block list entry.</summary>
public sealed class ListEntryInput
{
    public ListKind Kind { get; set; } = ListKind.Block;
    public ListField Field { get; set; } = ListField.Name;
    public string? Value { get; set; }

    public ListEntry ToEntry() => new(Kind, Field, Value?.Trim() ?? "");
}

public sealed class ListEntryInputValidator : AbstractValidator<ListEntryInput>
{
    public ListEntryInputValidator()
    {
        RuleFor(e => e.Kind).IsInEnum();
        RuleFor(e => e.Field).IsInEnum();
        RuleFor(e => e.Value).Must(v => !string.IsNullOrWhiteSpace(v)).WithMessage("Enter the name, profile URL, company or keyword to list.")
            .MaximumLength(ListEntryRow.MaxValueLength);
    }
}

using FluentValidation;

namespace InviteScreen.Web.Screening;

/// <summary>An invitation as a user or API client submits it.</summary>
public sealed record InvitationInput
{
    public string? SenderName { get; init; }
    public string? Headline { get; init; }
    public string? ProfileUrl { get; init; }
    public string? Message { get; init; }
}

public sealed class InvitationInputValidator : AbstractValidator<InvitationInput>
{
    public const int MaxName = 200;
    public const int MaxHeadline = 300;
    public const int MaxMessage = 8000;

    public InvitationInputValidator()
    {
        RuleFor(i => i.SenderName).MaximumLength(MaxName).WithName("Sender name");
        RuleFor(i => i.Headline).MaximumLength(MaxHeadline);
        RuleFor(i => i.Message).MaximumLength(MaxMessage);
        RuleFor(i => i.ProfileUrl)
            .Must(BeLinkedInProfileUrl)
            .When(i => !string.IsNullOrWhiteSpace(i.ProfileUrl))
            .WithName("Profile URL")
            .WithMessage("Profile URL must be a LinkedIn profile address, like https://www.linkedin.com/in/name.");
        RuleFor(i => i.Message)
            .Must((input, message) => !string.IsNullOrWhiteSpace(message) || !string.IsNullOrWhiteSpace(input.SenderName))
            .WithMessage("Give at least the sender's name or the message.");
    }

    public static bool BeLinkedInProfileUrl(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && uri.Scheme is "http" or "https"
        && (uri.Host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase))
        && uri.AbsolutePath.StartsWith("/in/", StringComparison.OrdinalIgnoreCase)
        && uri.AbsolutePath.Length > "/in/".Length
        && url!.Length <= 500;
}

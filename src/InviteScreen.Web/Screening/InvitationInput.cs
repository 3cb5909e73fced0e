using FluentValidation;

namespace InviteScreen.Web.Screening;

/// <summary>An invitation as a user or API client submits it.</summary>
public sealed record InvitationInput
{
    public string? SenderName { get; init; }
    public string? Headline { get; init; }
    public string? ProfileUrl { get; init; }
    public string? Message { get; init; }

    /// <summary>How many mutual connections LinkedIn showed; null when not known.</summary>
    public int? MutualConnections { get; init; }
}

public sealed class InvitationInputValidator : AbstractValidator<InvitationInput>
{
    public const int MaxName = 200;
    public const int MaxHeadline = 300;
    public const int MaxMessage = 8000;
    public const int MaxMutualConnections = 1_000_000;

    public InvitationInputValidator()
    {
        RuleFor(i => i.SenderName).MaximumLength(MaxName).WithName("Sender name");
        RuleFor(i => i.Headline).MaximumLength(MaxHeadline);
        RuleFor(i => i.Message).MaximumLength(MaxMessage);
        RuleFor(i => i.MutualConnections).InclusiveBetween(0, MaxMutualConnections).WithName("Mutual connections");
        RuleFor(i => i.ProfileUrl)
            .Must(BeLinkedInProfileUrl)
            .When(i => !string.IsNullOrWhiteSpace(i.ProfileUrl))
            .WithName("Profile URL")
            .WithMessage("Profile URL must be a LinkedIn profile address, like https://www.linkedin.com/in/name.");
        RuleFor(i => i.Message)
            .Must((input, message) => !string.IsNullOrWhiteSpace(message) || !string.IsNullOrWhiteSpace(input.SenderName))
            .WithMessage("Give at least the sender's name or the message.");
    }

    /// <summary>
    /// An absolute https URL on linkedin.com or a subdomain, under /in/. The host must be written as plain ASCII,
    /// as the parser reads it: a look-alike (a full-width slash, other Unicode the parser folds) could send a browser
    /// elsewhere. No control or invisible characters anywhere, since the URL is shown and exported.
    /// </summary>
    public static bool BeLinkedInProfileUrl(string? url)
    {
        var text = url?.Trim();
        return text is { Length: > 0 and <= 500 }
            && !text.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format)
            && Uri.TryCreate(text, UriKind.Absolute, out var uri)
            && uri.Scheme == Uri.UriSchemeHttps
            && uri.UserInfo.Length == 0
            && uri.IsDefaultPort
            && uri.Host.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-')
            && text.StartsWith($"https://{uri.Host}/", StringComparison.OrdinalIgnoreCase)
            && (uri.Host.Equals("linkedin.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith(".linkedin.com", StringComparison.OrdinalIgnoreCase))
            && uri.AbsolutePath.StartsWith("/in/", StringComparison.OrdinalIgnoreCase)
            && uri.AbsolutePath.Length > "/in/".Length;
    }
}

using System.Text;

namespace InviteScreen.Web.Screening;

/// <summary>One sender across invitations: the same profile URL, or else the same normalised name and headline.</summary>
public static class SenderKey
{
    public static string For(string? senderName, string? headline, string? profileUrl)
    {
        if (!string.IsNullOrWhiteSpace(profileUrl) && Uri.TryCreate(profileUrl.Trim(), UriKind.Absolute, out var uri))
        {
            return "url:" + uri.Host.Replace("www.", "", StringComparison.OrdinalIgnoreCase).ToLowerInvariant() + uri.AbsolutePath.TrimEnd('/').ToLowerInvariant();
        }

        return "name:" + Normalize(senderName) + "|" + Normalize(headline);
    }

    private static string Normalize(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (builder.Length > 0 && builder[^1] != ' ' && (char.IsWhiteSpace(c) || char.IsPunctuation(c)))
            {
                builder.Append(' ');
            }
        }

        return builder.ToString().Trim();
    }
}

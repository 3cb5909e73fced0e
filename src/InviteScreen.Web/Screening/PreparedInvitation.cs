using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using InviteScreen.Scoring;
using InviteScreen.Scoring.Templates;

namespace InviteScreen.Web.Screening;

/// <summary>
/// An invitation in its stored form (fields trimmed, so stored spans index stored text) with what needs no
/// database: sender key, note fingerprint and natural key. Pure, so an import prepares the next batch while
/// the current one is written.
/// </summary>
public sealed record PreparedInvitation(InvitationToStore Item, InvitationText Text, string? ProfileUrl, string SenderKey, TemplateFingerprint? Fingerprint, string? ImportKey)
{
    public static PreparedInvitation From(InvitationToStore item)
    {
        var input = item.Input;
        var profileUrl = string.IsNullOrWhiteSpace(input.ProfileUrl) ? null : input.ProfileUrl.Trim();
        var text = new InvitationText(input.SenderName?.Trim() ?? "", input.Headline?.Trim() ?? "", input.Message?.Trim() ?? "");
        return new PreparedInvitation(item, text, profileUrl, Screening.SenderKey.For(text.SenderName, text.Headline, profileUrl), TemplateFingerprint.Compute(text.Message), NaturalKey(text, item.SentAt));
    }

    private static string? NaturalKey(InvitationText text, DateTime? sentAt) => sentAt is not { } sent
        ? null
        : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{text.SenderName}\u001f{sent:yyyy-MM-ddTHH:mm:ss}\u001f{text.Message}"))));
}

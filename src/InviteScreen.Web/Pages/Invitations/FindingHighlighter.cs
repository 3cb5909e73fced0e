using System.Text.Encodings.Web;
using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using InviteScreen.Web.Screening;
using Microsoft.AspNetCore.Html;

namespace InviteScreen.Web.Pages.Invitations;

/// <summary>
/// Renders a field's text with each finding's span in a focusable <c>&lt;mark&gt;</c>: the rule's explanation
/// shows on hover and focus, and is read out by screen readers. All text is HTML-encoded.
/// </summary>
public static class FindingHighlighter
{
    public static IHtmlContent Render(string text, IEnumerable<InvitationFinding> findings, InvitationField field, RuleTitles titles)
    {
        var encoder = HtmlEncoder.Default;
        var html = new HtmlContentBuilder();
        var position = 0;
        foreach (var finding in findings.Where(f => f.Field == field && f.Length > 0).OrderBy(f => f.Start))
        {
            if (finding.Start < position || finding.Start + finding.Length > text.Length)
            {
                continue;
            }

            html.Append(text[position..finding.Start]);
            var tone = Tone(finding.Points);
            var tip = $"{titles.Rule(finding.RuleId)} ({Points(finding.Points)}): {finding.Explanation}";
            html.AppendHtml($"<mark class=\"finding {tone}\" tabindex=\"0\" data-rule=\"{encoder.Encode(finding.RuleId)}\" data-tip=\"{encoder.Encode(tip)}\">");
            html.Append(text.Substring(finding.Start, finding.Length));
            html.AppendHtml($"<span class=\"visually-hidden\"> [{encoder.Encode(tip)}]</span></mark>");
            position = finding.Start + finding.Length;
        }

        html.Append(text[position..]);
        return html;
    }

    /// <summary>Debit (red) for points against, credit for points for, and neither for a finding past its rule's count that adds nothing.</summary>
    public static string Tone(int points) => points switch { > 0 => "debit", < 0 => "credit", _ => "neutral" };

    public static string Points(int points) => points > 0 ? $"+{points}" : points.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

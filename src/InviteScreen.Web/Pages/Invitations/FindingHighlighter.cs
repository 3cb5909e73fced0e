using System.Text.Encodings.Web;
using InviteScreen.Scoring;
using InviteScreen.Web.Data;
using Microsoft.AspNetCore.Html;

namespace InviteScreen.Web.Pages.Invitations;

/// <summary>
/// Renders a field's text with each finding's span in a focusable <c>&lt;mark&gt;</c>: the rule's explanation
/// shows on hover and focus, and is read out by screen readers. All text is HTML-encoded.
/// </summary>
public static class FindingHighlighter
{
    public static IHtmlContent Render(string text, IEnumerable<InvitationFinding> findings, InvitationField field)
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
            var tone = finding.Points < 0 ? "credit" : "debit";
            var tip = $"{finding.RuleId} ({Points(finding.Points)}): {finding.Explanation}";
            html.AppendHtml($"<mark class=\"finding {tone}\" tabindex=\"0\" data-rule=\"{encoder.Encode(finding.RuleId)}\" data-tip=\"{encoder.Encode(tip)}\">");
            html.Append(text.Substring(finding.Start, finding.Length));
            html.AppendHtml($"<span class=\"visually-hidden\"> [{encoder.Encode(tip)}]</span></mark>");
            position = finding.Start + finding.Length;
        }

        html.Append(text[position..]);
        return html;
    }

    public static string Points(int points) => points > 0 ? $"+{points}" : points.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Text.RegularExpressions;

namespace InviteScreen.Web.Screening;

/// <summary>
/// Splits text copied from LinkedIn's invitation manager or an invitation e-mail into name, headline,
/// profile URL and note: drops the page's chrome (buttons, "N mutual connections", times, degrees).
/// </summary>
public static partial class RawInvitationParser
{
    public static InvitationInput Parse(string? raw)
    {
        var profileUrl = ProfileUrl().Match(raw ?? "") is { Success: true } url ? url.Value : null;
        var lines = (raw ?? "")
            .Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !IsChrome(l) && !ProfileUrl().IsMatch(l))
            .ToList();
        if (lines.Count == 0)
        {
            return new InvitationInput { ProfileUrl = profileUrl };
        }

        var name = CleanName(lines[0]);
        var headline = lines.Count > 1 && !LooksLikeNote(lines[1]) ? lines[1] : "";
        var noteStart = headline.Length > 0 ? 2 : 1;
        var note = string.Join("\n", lines.Skip(noteStart)).Trim().Trim('"', '“', '”').Trim();
        return new InvitationInput { SenderName = name, Headline = headline, ProfileUrl = profileUrl, Message = note };
    }

    private static bool IsChrome(string line) => Chrome().IsMatch(line);

    /// <summary>A line that reads like a sentence (a greeting, ends in punctuation, or long) is the note.</summary>
    private static bool LooksLikeNote(string line) =>
        line.Length > 160 || Greeting().IsMatch(line) || line.EndsWith('.') || line.EndsWith('!') || line.EndsWith('?');

    private static string CleanName(string line)
    {
        var name = NameSuffix().Replace(line, "");
        return name.Trim(' ', '·', '•', ',');
    }

    [GeneratedRegex(@"https?://([a-z]{2,3}\.)?linkedin\.com/in/[^\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileUrl();

    [GeneratedRegex(@"^(ignore|accept|ignore\s+accept|accept\s+ignore|message|reply|view profile|see all|see more|show more|show less|manage|invitations?( \(\d+\))?|connect|pending|withdraw|report|more|…|\.\.\.|\d+(st|nd|rd|th)|[·•]\s*\d+(st|nd|rd|th)\+?|(\d+|one|two|a few)\s+(shared|mutual)\s+connections?|.*\band\s+\d+\s+other\s+mutual\s+connections?|.*\bis a mutual connection|\d+\s*(s|m|h|d|w|mo|y|min|mins|minutes?|hours?|days?|weeks?|months?|years?)\s*(ago)?|(sent|received)\s.*ago|yesterday|today|accept invitation|view .*profile|unsubscribe|.*wants to connect( with you)?|.*invited you to connect|.*has sent you an invitation|invitation (from|to connect).*|you have an invitation|.*notification settings.*|© .*|linkedin corporation.*|this email was intended for.*|learn why we included this.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();

    [GeneratedRegex(@"^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Greeting();

    [GeneratedRegex(@"\s*([·•]\s*)?(\d+(st|nd|rd|th)\+?|\((he|she|they)/\w+\))\s*$|\s+(wants to connect|invited you to connect).*$", RegexOptions.IgnoreCase)]
    private static partial Regex NameSuffix();
}

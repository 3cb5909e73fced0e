using System.Text.RegularExpressions;

namespace InviteScreen.Web.Screening;

/// <summary>
/// Splits text copied from LinkedIn's invitation manager or an invitation e-mail into name, headline, profile URL,
/// note and mutual-connection count. The page's words (photo alt text, buttons, "…see more", the e-mail's
/// "wants to connect" line, location and footer) come from <see cref="PasteWords"/>, in every language it lists,
/// and never reach the note, where they would read as personal details.
/// </summary>
public static partial class RawInvitationParser
{
    public static InvitationInput Parse(string? raw)
    {
        var words = PasteWords.Shipped;
        var profileUrl = ProfileUrl().Match(raw ?? "") is { Success: true } url ? url.Value : null;
        string? name = null;
        int? mutual = null;
        var fromEmail = false;
        var content = new List<string>();
        foreach (var original in (raw ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = Bullet().Replace(Spaces().Replace(original, " ").Trim(), "");
            if (line.Length == 0 || ProfileUrl().IsMatch(line))
            {
                continue;
            }

            if (words.Footer.IsMatch(line))
            {
                break;
            }

            if (words.ProfilePicture.Match(line) is { Success: true } picture)
            {
                name ??= CleanName(picture.Groups["name"].Value);
            }
            else if (words.WantsToConnect.Match(line) is { Success: true } invite)
            {
                name ??= CleanName(invite.Groups["name"].Value);
                fromEmail = true;
            }
            else if (words.MutualCount(line) is { } count)
            {
                mutual ??= count;
            }
            else if (!words.AboutSender.IsMatch(line) && !words.Buttons.IsMatch(line) && !words.SeeMoreLine.IsMatch(line) && !Degree().IsMatch(line) && !ShortTime().IsMatch(line))
            {
                content.Add(words.SeeMoreSuffix.Replace(line, ""));
            }
        }

        return Split(content, name, fromEmail) with { ProfileUrl = profileUrl, MutualConnections = mutual };
    }

    /// <summary>
    /// Name, headline (and, in an e-mail, the location under it), then the note: the lines before the name card and
    /// after it. A name already read from the photo or the e-mail's first line drops its repeat in the card.
    /// </summary>
    private static InvitationInput Split(List<string> lines, string? knownName, bool fromEmail)
    {
        var nameAt = knownName is null ? (lines.Count > 0 ? 0 : -1) : lines.FindIndex(l => SameName(CleanName(l), knownName));
        var name = knownName ?? (nameAt == 0 ? CleanName(lines[0]) : "");
        var cardAt = nameAt >= 0 ? nameAt + 1 : 0;
        var headline = cardAt < lines.Count && !LooksLikeNote(lines[cardAt]) ? lines[cardAt] : "";
        var cardEnd = headline.Length > 0 ? cardAt + 1 : cardAt;
        if (fromEmail && headline.Length > 0 && cardEnd < lines.Count && LooksLikeLocation(lines[cardEnd]))
        {
            cardEnd++;
        }

        var note = lines.Take(Math.Max(nameAt, 0)).Concat(lines.Skip(cardEnd));
        return new InvitationInput { SenderName = name, Headline = headline, Message = string.Join("\n", note).Trim().Trim('"', '“', '”').Trim() };
    }

    private static bool SameName(string line, string name) =>
        line.Equals(name, StringComparison.OrdinalIgnoreCase) || (line.Length > 0 && name.StartsWith(line + " ", StringComparison.OrdinalIgnoreCase));

    /// <summary>A line that reads like a sentence (a greeting, ends in punctuation, or long) is the note.</summary>
    private static bool LooksLikeNote(string line) =>
        line.Length > 160 || PasteWords.Shipped.Greeting.IsMatch(line) || line.EndsWith('.') || line.EndsWith('!') || line.EndsWith('?');

    /// <summary>"Rotterdam, South Holland, Netherlands", "Greater Madrid Metropolitan Area", "Lisboa".</summary>
    private static bool LooksLikeLocation(string line) =>
        line.Length <= 80 && !LooksLikeNote(line) && !line.Any(c => char.IsDigit(c) || c is ':' or ';' or '|' or '@')
        && (line.Contains(',', StringComparison.Ordinal) || PasteWords.Shipped.LocationEnd.IsMatch(line) || CapitalisedWords().IsMatch(line));

    private static string CleanName(string line) => NameSuffix().Replace(line, "").Trim(' ', '·', '•', ',', '-');

    [GeneratedRegex(@"https?://([a-z]{2,3}\.)?linkedin\.com/in/[^\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex ProfileUrl();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^[·•]\s*")]
    private static partial Regex Bullet();

    /// <summary>"2nd", "3rd+", "2º", "2e", "2nd degree connection": the connection degree, in any of the languages.</summary>
    [GeneratedRegex(@"^(\d(st|nd|rd|th|º|°|e|er|ème|\.)?\+?)(\s+degree connection)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Degree();

    /// <summary>"3d", "1w", "2 mo": the manager's short times.</summary>
    [GeneratedRegex(@"^\d+\s*(s|m|h|d|w|mo|y|j|t|sem|min)\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex ShortTime();

    /// <summary>One to four words, each starting with a capital (a place's name), with the short particles of place names.</summary>
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M}'’.\-]*(\s+(\p{Lu}[\p{L}\p{M}'’.\-]*|de|do|da|del|am|an|im|sur|upon|on)){0,3}$")]
    private static partial Regex CapitalisedWords();

    [GeneratedRegex(@"\s*([·•,]\s*)?(\d(st|nd|rd|th|º|°|e|er|ème|\.)?\+?(\s+degree connection)?|\((he|she|they|ela|ele|er|sie|il|elle)/\w+\))\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex NameSuffix();
}

namespace InviteScreen.Web.Templates;

/// <summary>A segment of a template's text: words all copies share, or a gap where the copies differ.</summary>
public sealed record TemplateSegment(string Text, bool IsGap);

/// <summary>The text a template's copies have in common, with the parts that vary (names, companies) as gaps.</summary>
public static class TemplateCommonText
{
    /// <summary>A word counts as common when at least this share of the copies contain it.</summary>
    private const double CommonShare = 0.6;

    public static IReadOnlyList<TemplateSegment> Build(IReadOnlyList<string> messages)
    {
        if (messages.Count == 0)
        {
            return [];
        }

        var wordSets = messages.Select(m => Words(m).Select(Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var segments = new List<TemplateSegment>();
        foreach (var word in Words(messages[0]))
        {
            var share = wordSets.Count(set => set.Contains(Key(word))) / (double)messages.Count;
            var isGap = messages.Count > 1 && share < CommonShare;
            if (segments.Count > 0 && segments[^1].IsGap == isGap)
            {
                segments[^1] = segments[^1] with { Text = isGap ? "…" : segments[^1].Text + " " + word };
            }
            else
            {
                segments.Add(new TemplateSegment(isGap ? "…" : word, isGap));
            }
        }

        return segments;
    }

    private static string[] Words(string message) => message.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static string Key(string word) => word.Trim('.', ',', '!', '?', ':', ';', '"', '\'', '(', ')').ToLowerInvariant();
}

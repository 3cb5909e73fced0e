namespace InviteScreen.Web.Templates;

/// <summary>A segment of a template's text: words all copies share, or a gap where the copies differ.</summary>
public sealed record TemplateSegment(string Text, bool IsGap);

/// <summary>What a template's copies have in common: the shared text with the varying parts (names, companies) as gaps, and what fills the gaps.</summary>
public sealed class TemplateCommonText
{
    /// <summary>A word counts as common when at least this share of the copies contain it.</summary>
    private const double CommonShare = 0.6;

    public const int MaxGapValues = 6;

    private TemplateCommonText(IReadOnlyList<TemplateSegment> segments, IReadOnlyList<(string Value, int Copies)> gapValues)
    {
        Segments = segments;
        GapValues = gapValues;
    }

    public IReadOnlyList<TemplateSegment> Segments { get; }

    /// <summary>The most frequent fillings of the gaps, with how many of the copies have each.</summary>
    public IReadOnlyList<(string Value, int Copies)> GapValues { get; }

    /// <summary>The shared text as one line, each gap an ellipsis.</summary>
    public string Text => string.Join(' ', Segments.Select(s => s.Text));

    public static TemplateCommonText Build(IReadOnlyList<string> messages)
    {
        if (messages.Count == 0)
        {
            return new TemplateCommonText([], []);
        }

        var wordSets = messages.Select(m => Words(m).Select(Key).ToHashSet(StringComparer.Ordinal)).ToList();
        var common = wordSets.SelectMany(set => set).Distinct(StringComparer.Ordinal)
            .Where(word => messages.Count == 1 || wordSets.Count(set => set.Contains(word)) / (double)messages.Count >= CommonShare)
            .ToHashSet(StringComparer.Ordinal);
        var segments = new List<TemplateSegment>();
        foreach (var word in Words(messages[0]))
        {
            var isGap = !common.Contains(Key(word));
            if (segments.Count > 0 && segments[^1].IsGap == isGap)
            {
                segments[^1] = segments[^1] with { Text = isGap ? "…" : segments[^1].Text + " " + word };
            }
            else
            {
                segments.Add(new TemplateSegment(isGap ? "…" : word, isGap));
            }
        }

        var values = messages
            .SelectMany(m => GapRuns(m, common).Distinct(StringComparer.OrdinalIgnoreCase))
            .GroupBy(v => v, StringComparer.OrdinalIgnoreCase)
            .Select(g => (Value: g.Key, Copies: g.Count()))
            .Where(v => messages.Count > 1)
            .OrderByDescending(v => v.Copies).ThenBy(v => v.Value, StringComparer.Ordinal)
            .Take(MaxGapValues).ToList();
        return new TemplateCommonText(segments, values);
    }

    /// <summary>The runs of words of one copy that the copies do not share: its names, companies, spun phrases.</summary>
    private static IEnumerable<string> GapRuns(string message, HashSet<string> common)
    {
        var run = new List<string>();
        foreach (var word in Words(message).Append(""))
        {
            if (word.Length > 0 && !common.Contains(Key(word)))
            {
                run.Add(word.Trim('.', ',', '!', '?', ':', ';', '"', '(', ')'));
                continue;
            }

            if (run.Count > 0)
            {
                yield return string.Join(' ', run);
                run.Clear();
            }
        }
    }

    private static string[] Words(string message) => message.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);

    private static string Key(string word) => word.Trim('.', ',', '!', '?', ':', ';', '"', '\'', '(', ')').ToLowerInvariant();
}

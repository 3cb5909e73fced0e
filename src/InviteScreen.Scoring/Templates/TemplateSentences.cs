namespace InviteScreen.Scoring.Templates;

/// <summary>
/// A note as campaign tools compose it: a few sentences, each with its spintax and merge fields varied.
/// Two notes are the same template when most of their sentences match, so templates that share a sentence
/// or two stay apart, while a copy with every sentence spun a little still matches.
/// </summary>
public sealed class TemplateSentences
{
    /// <summary>The share of sentences (of the note with more) that must match: 3 of 4 do, 2 of 3 do not.</summary>
    public const double SameTemplateShare = 0.7;

    /// <summary>Two sentences match when half their word pairs agree (Dice): spinning two phrases of a sentence costs about that.</summary>
    private const double SameSentenceDice = 0.5;

    /// <summary>Or when half their words agree: a short sentence with a phrase spun and a lowercase merge field ("the [field] team").</summary>
    private const double SameSentenceWordDice = 0.5;

    /// <summary>Shorter runs (a sign-off, "e.g.") are not sentences of their own: they join the sentence before.</summary>
    private const int MinSentenceWords = 3;

    private readonly ulong[][] sentences;
    private readonly ulong[][] sentenceWords;

    private TemplateSentences(ulong[][] sentences, ulong[][] sentenceWords)
    {
        this.sentences = sentences;
        this.sentenceWords = sentenceWords;
    }

    public int Count => sentences.Length;

    public static TemplateSentences From(string? message)
    {
        var starts = new List<int>();
        var words = TemplateWords.Extract(message, starts);
        return From(words, starts);
    }

    internal static TemplateSentences From(List<string> words, List<int> sentenceStarts)
    {
        var runs = new List<(int From, int To)>();
        for (var s = 0; s < sentenceStarts.Count; s++)
        {
            var run = (From: sentenceStarts[s], To: s + 1 < sentenceStarts.Count ? sentenceStarts[s + 1] : words.Count);
            if (runs.Count > 0 && (run.To - run.From < MinSentenceWords || runs[^1].To - runs[^1].From < MinSentenceWords))
            {
                runs[^1] = (runs[^1].From, run.To);
            }
            else
            {
                runs.Add(run);
            }
        }

        return new TemplateSentences([.. runs.Select(r => PairsOf(words, r.From, r.To))], [.. runs.Select(r => WordsOf(words, r.From, r.To))]);
    }

    /// <summary>The share of sentences that match one to one, out of the larger note's count.</summary>
    public double Similarity(TemplateSentences other)
    {
        var larger = Math.Max(Count, other.Count);
        if (larger == 0)
        {
            return 0;
        }

        var used = new bool[other.Count];
        var matched = 0;
        for (var s = 0; s < Count; s++)
        {
            for (var o = 0; o < other.Count; o++)
            {
                if (!used[o] && (Dice(sentences[s], other.sentences[o]) >= SameSentenceDice || Dice(sentenceWords[s], other.sentenceWords[o]) >= SameSentenceWordDice))
                {
                    used[o] = true;
                    matched++;
                    break;
                }
            }
        }

        return matched / (double)larger;
    }

    /// <summary>Two MinHash values per sentence: copies of a sentence with a phrase spun share one with high probability.</summary>
    public IEnumerable<long> Keys()
    {
        foreach (var pairs in sentences)
        {
            foreach (var seed in (ulong[])[0x5E47E9CE5EED0001UL, 0x5E47E9CE5EED0002UL])
            {
                var min = pairs.Min(p => TemplateFingerprint.Mix(p ^ seed));
                yield return (long)TemplateFingerprint.Mix(min ^ seed);
            }
        }
    }

    public bool IsSameTemplate(TemplateSentences other) => Similarity(other) >= SameTemplateShare;

    private static ulong[] PairsOf(List<string> words, int from, int to)
    {
        var pairs = new List<ulong>(Math.Max(0, to - from - 1));
        for (var w = from; w + 1 < to; w++)
        {
            pairs.Add(TemplateFingerprint.PairHash(words[w], words[w + 1]));
        }

        // A one-word sentence still has to match itself.
        if (pairs.Count == 0 && to > from)
        {
            pairs.Add(TemplateFingerprint.PairHash(words[from], ""));
        }

        return [.. pairs.Distinct().Order()];
    }

    private static ulong[] WordsOf(List<string> words, int from, int to) =>
        [.. Enumerable.Range(from, to - from).Select(w => TemplateFingerprint.PairHash(words[w], "")).Distinct().Order()];

    private static double Dice(ulong[] a, ulong[] b)
    {
        if (a.Length + b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return 2.0 * shared / (a.Length + b.Length);
    }
}

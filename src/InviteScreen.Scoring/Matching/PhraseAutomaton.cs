namespace InviteScreen.Scoring.Matching;

/// <summary>
/// Aho-Corasick automaton over normalised text: every catalogue phrase is found in one pass,
/// one table look-up per character. A phrase ending in <c>*</c> matches any word that starts with it
/// ("synerg*" matches "synergies"); other phrases must end on a word boundary.
/// </summary>
internal sealed class PhraseAutomaton
{
    private readonly ushort[] symbolOf = new ushort[char.MaxValue + 1];
    private readonly int alphabetSize;
    /// <summary>
    /// For each state's row and symbol: the next state's row offset, negative when that state ends a phrase.
    /// Offsets save a multiplication per character; the sign saves a look-up where nothing ends.
    /// </summary>
    private readonly int[] transitions;
    private readonly int[] outputStart;
    private readonly PhraseEnd[] outputs;

    /// <summary>The longest phrase: a walk started this many characters back has caught up with the true state.</summary>
    private readonly int longest;

    public PhraseAutomaton(IReadOnlyList<PhraseEntry> phrases)
    {
        PhraseEntry[] entries = [.. phrases];
        longest = entries.Length == 0 ? 0 : entries.Max(e => e.Text.Length);
        var symbols = 1;
        foreach (var entry in entries)
        {
            foreach (var c in entry.Text)
            {
                if (symbolOf[c] == 0)
                {
                    symbolOf[c] = (ushort)symbols++;
                }
            }
        }

        alphabetSize = symbols;
        var trie = new List<int[]> { new int[alphabetSize] };
        var ends = new List<List<int>> { new() };
        for (var p = 0; p < entries.Length; p++)
        {
            var state = 0;
            foreach (var c in entries[p].Text)
            {
                var s = symbolOf[c];
                if (trie[state][s] == 0)
                {
                    trie.Add(new int[alphabetSize]);
                    ends.Add([]);
                    trie[state][s] = trie.Count - 1;
                }

                state = trie[state][s];
            }

            ends[state].Add(p);
        }

        var delta = new int[trie.Count * alphabetSize];
        var fail = new int[trie.Count];
        var queue = new Queue<int>();
        for (var s = 0; s < alphabetSize; s++)
        {
            var next = trie[0][s];
            delta[s] = next;
            if (next != 0)
            {
                queue.Enqueue(next);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            ends[state].AddRange(ends[fail[state]]);
            for (var s = 0; s < alphabetSize; s++)
            {
                var next = trie[state][s];
                if (next != 0)
                {
                    fail[next] = delta[fail[state] * alphabetSize + s];
                    delta[state * alphabetSize + s] = next;
                    queue.Enqueue(next);
                }
                else
                {
                    delta[state * alphabetSize + s] = delta[fail[state] * alphabetSize + s];
                }
            }
        }

        outputStart = new int[trie.Count + 1];
        var flat = new List<PhraseEnd>();
        for (var state = 0; state < trie.Count; state++)
        {
            outputStart[state] = flat.Count;
            flat.AddRange(ends[state].Select(p => PhraseEnd.Of(entries[p])));
        }

        outputStart[trie.Count] = flat.Count;
        outputs = [.. flat];
        transitions = [.. delta.Select(state => state * alphabetSize * (ends[state].Count > 0 ? -1 : 1))];
    }

    public int StateCount => outputStart.Length - 1;

    /// <summary>
    /// Adds every boundary-respecting match to <paramref name="hits"/>, in normalised indices (in no particular order).
    /// Each step waits on a table load, so the text is walked as two halves in lock-step: two independent walks
    /// cost little more than one. The second starts <see cref="longest"/> characters early and reports only from
    /// the middle on, where its state is the true one.
    /// </summary>
    public void FindAll(ReadOnlySpan<char> text, List<RawHit> hits)
    {
        var middle = (text.Length + longest) / 2;
        var secondStart = middle - longest;
        if (secondStart <= 0)
        {
            Walk(text, 0, text.Length, hits);
            return;
        }

        int first = 0, second = 0;
        for (int a = 0, b = secondStart; a < middle; a++, b++)
        {
            first = transitions[first + symbolOf[text[a]]];
            second = b < text.Length ? transitions[second + symbolOf[text[b]]] : second;
            if ((first | second) >= 0)
            {
                continue;
            }

            if (first < 0)
            {
                first = -first;
                Report(text, first / alphabetSize, a, hits);
            }

            if (second < 0)
            {
                second = -second;
                if (b >= middle)
                {
                    Report(text, second / alphabetSize, b, hits);
                }
            }
        }

        if (secondStart + middle < text.Length)
        {
            Walk(text, secondStart + middle, text.Length, hits, second);
        }
    }

    private void Walk(ReadOnlySpan<char> text, int from, int to, List<RawHit> hits, int row = 0)
    {
        for (var i = from; i < to; i++)
        {
            row = transitions[row + symbolOf[text[i]]];
            if (row < 0)
            {
                row = -row;
                Report(text, row / alphabetSize, i, hits);
            }
        }
    }

    /// <summary>Adds the phrases that end at <paramref name="i"/> in this state and stand on word boundaries.</summary>
    private void Report(ReadOnlySpan<char> text, int state, int i, List<RawHit> hits)
    {
        for (var o = outputStart[state]; o < outputStart[state + 1]; o++)
        {
            ref readonly var end = ref outputs[o];
            var from = i - end.Length + 1;
            if (end.StartsWithWordChar && from > 0 && NormalizedText.IsWordChar(text[from - 1]))
            {
                continue;
            }

            var to = i + 1;
            if (end.IsPrefix)
            {
                while (to < text.Length && NormalizedText.IsWordChar(text[to]))
                {
                    to++;
                }
            }
            else if (to < text.Length && NormalizedText.IsWordChar(text[to]) && NormalizedText.IsWordChar(text[i]))
            {
                continue;
            }

            hits.Add(new RawHit(end.RuleIndex, from, to - from));
        }
    }

    /// <summary>What a match needs of its phrase, side by side in one array: no phrase or string object is read per match.</summary>
    private readonly record struct PhraseEnd(int Length, int RuleIndex, bool IsPrefix, bool StartsWithWordChar)
    {
        public static PhraseEnd Of(PhraseEntry entry) =>
            new(entry.Text.Length, entry.RuleIndex, entry.IsPrefix, NormalizedText.IsWordChar(entry.Text[0]));
    }
}

/// <summary>A normalised phrase and the rule it belongs to.</summary>
internal sealed record PhraseEntry(string Text, bool IsPrefix, int RuleIndex);

using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Specificity;

/// <summary>
/// The structural checks: what a phrase list cannot see. A note is specific when it points at
/// something of the recipient's ("your talk on X", "the PR you merged"), a person who links the two,
/// or details (proper nouns, numbers, dates) outside the sender's own self-introduction.
/// Each check adds hits for the rule that names it; a check with no rule in the catalogue is skipped.
/// </summary>
internal sealed class SpecificityChecks(LexiconSets lexicon, IReadOnlyDictionary<string, int> ruleByCheck)
{
    private const int NoRule = -1;

    // Looked up once: every note runs every check.
    private readonly int yourWorkSpecificRule = RuleOf(ruleByCheck, "yourWorkSpecific");
    private readonly int mutualContactRule = RuleOf(ruleByCheck, "mutualContact");
    private readonly int profileEchoRule = RuleOf(ruleByCheck, "profileEcho");

    /// <summary>The rules whose hits the scorer weighs when it asks whether a note gives a reason.</summary>
    public int EmptyNoteRule { get; } = RuleOf(ruleByCheck, "emptyNote");

    public int YourWorkRule { get; } = RuleOf(ruleByCheck, "yourWork");

    public int SpecificDetailRule { get; } = RuleOf(ruleByCheck, "specificDetail");

    /// <summary>Whether a hit of this rule names the recipient's work or a mutual contact: a reference no pitch explains away.</summary>
    public bool IsNamedReference(int rule) => rule == yourWorkSpecificRule || rule == mutualContactRule;

    /// <summary>Adds the checks' hits; <paramref name="pitchSentences"/> marks the sentences that pitch (empty: none).</summary>
    public void Run(in NormalizedText text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> pitchSentences, List<RawHit> hits)
    {
        if (AllIgnored(tokens))
        {
            if (EmptyNoteRule != NoRule)
            {
                hits.Add(new RawHit(EmptyNoteRule, 0, 0));
            }

            return;
        }

        FindRecipientWork(text, tokens, hits);
        FindMutualContacts(text, tokens, hits);
        FindDetails(text, tokens, pitchSentences, hits);
    }

    private static bool AllIgnored(ReadOnlySpan<Token> tokens)
    {
        foreach (ref readonly var token in tokens)
        {
            if (!token.Ignored)
            {
                return false;
            }
        }

        return true;
    }

    private static int RuleOf(IReadOnlyDictionary<string, int> ruleByCheck, string check) =>
        ruleByCheck.TryGetValue(check, out var index) ? index : NoRule;

    private void FindRecipientWork(in NormalizedText text, ReadOnlySpan<Token> tokens, List<RawHit> hits)
    {
        for (var t = 0; t < tokens.Length; t++)
        {
            int noun;
            if (tokens[t].Is(WordClass.RecipientPossessive))
            {
                noun = SkipAdjectives(text, tokens, t + 1);
            }
            else if (tokens[t].Is(WordClass.Demonstrative))
            {
                noun = SkipAdjectives(text, tokens, t + 1);
                // "the talk you gave": only a noun the recipient made counts.
                if (noun + 2 >= tokens.Length
                    || !tokens[noun + 1].Is(WordClass.Addressee)
                    || !tokens[noun + 2].Is(WordClass.YouVerb))
                {
                    continue;
                }
            }
            else if (tokens[t].Is(WordClass.Addressee) && t + 1 < tokens.Length && tokens[t + 1].Is(WordClass.YouVerb))
            {
                // "you answered my question about pgbouncer pooling": something the recipient did, and what.
                noun = SkipAdjectives(text, tokens, t + 2);
            }
            else
            {
                continue;
            }

            if (noun >= tokens.Length || tokens[noun].Sentence != tokens[t].Sentence || !tokens[noun].Is(WordClass.WorkNoun))
            {
                continue;
            }

            var end = SpecificEnd(text, tokens, noun);
            if ((end > noun || IsTitled(text, tokens, t + 1, noun)) && yourWorkSpecificRule != NoRule)
            {
                hits.Add(Span(text, yourWorkSpecificRule, tokens[t], tokens[end]));
            }
            else if (end == noun && YourWorkRule != NoRule && !tokens[noun].Is(WordClass.VagueWorkNoun))
            {
                hits.Add(Span(text, YourWorkRule, tokens[t], tokens[noun]));
            }

            t = Math.Max(t, end);
        }
    }

    /// <summary>"your 'Boring Postgres' post", "your GDC 2024 talk": a name or number before the noun says which one.</summary>
    private bool IsTitled(in NormalizedText text, ReadOnlySpan<Token> tokens, int from, int noun)
    {
        for (var i = from; i < noun; i++)
        {
            if (IsDetail(text, tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The work noun within four words after "your" ("your GDC 2024 talk"), or an index past the end.</summary>
    private int SkipAdjectives(in NormalizedText text, ReadOnlySpan<Token> tokens, int t)
    {
        for (var n = t; n < tokens.Length && n < t + 4 && tokens[n].Sentence == tokens[t].Sentence; n++)
        {
            ref readonly var token = ref tokens[n];
            if (token.Is(WordClass.WorkNoun) && !(n + 1 < tokens.Length && tokens[n + 1].Is(WordClass.WorkNoun) && token.Is(WordClass.WorkAdjective)))
            {
                return n;
            }

            if (token.Is(WordClass.Specifier) || token.Is(WordClass.Connective))
            {
                break;
            }
        }

        return tokens.Length;
    }

    /// <summary>The last token of what specifies the work ("on SQLite WAL"), or <paramref name="noun"/> when nothing does.</summary>
    private int SpecificEnd(in NormalizedText text, ReadOnlySpan<Token> tokens, int noun)
    {
        var next = noun + 1;
        while (next < tokens.Length && tokens[next].Sentence == tokens[noun].Sentence
            && (tokens[next].Is(WordClass.Specifier) || tokens[next].Is(WordClass.WorkNoun)
                || NoteTokenizer.Word(text, tokens[next]) is "you" or "request" or "up" || tokens[next].Is(WordClass.YouVerb)))
        {
            next++;
        }

        var end = noun;
        for (var t = next; t < tokens.Length && t <= next + 3 && tokens[t].Sentence == tokens[noun].Sentence; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.Is(WordClass.Connective))
            {
                break;
            }

            if (token.Is(WordClass.VagueAfter) && !token.Capitalised)
            {
                if (end > noun)
                {
                    break;
                }

                continue;
            }

            if (token.Is(WordClass.Connective) || token.Is(WordClass.NotName) && NoteTokenizer.Word(text, token) is not ("ai" or "ml"))
            {
                break;
            }

            end = t;
        }

        return next == noun + 1 && end > noun && !IsDetail(text, tokens[noun + 1]) ? noun : end;
    }

    private void FindMutualContacts(in NormalizedText text, ReadOnlySpan<Token> tokens, List<RawHit> hits)
    {
        if (mutualContactRule == NoRule)
        {
            return;
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            if (!IsName(text, tokens[t]))
            {
                continue;
            }

            var last = t + 1 < tokens.Length && IsName(text, tokens[t + 1]) && tokens[t + 1].Sentence == tokens[t].Sentence ? t + 1 : t;
            var verb = IntroVerbAfter(text, tokens, last);
            var before = t - 1;
            if (verb > 0)
            {
                hits.Add(Span(text, mutualContactRule, tokens[t], tokens[verb]));
                last = verb;
            }
            else if (before >= 0 && tokens[before].Sentence == tokens[t].Sentence && HasNoCapitalOfItsOwn(tokens[before])
                && (tokens[before].Is(WordClass.IntroPreposition) || tokens[before].Is(WordClass.RelationNoun)
                    || NoteTokenizer.Word(text, tokens[before]).SequenceEqual("of") && before > 0 && tokens[before - 1].Is(WordClass.RelationNoun)))
            {
                var from = before > 0 && NoteTokenizer.Word(text, tokens[before]).SequenceEqual("of") ? before - 1 : before;
                hits.Add(Span(text, mutualContactRule, tokens[from], tokens[last]));
            }
            else
            {
                continue;
            }

            t = last;
        }
    }

    /// <summary>"via Anna", "my colleague Priya"; in a title ("Leading Through Uncertainty") the capitals are the title's.</summary>
    private static bool HasNoCapitalOfItsOwn(in Token token) => !token.Capitalised || token.StartsSentence;

    /// <summary>"Anna suggested", "Priya from the data team told me": an intro verb within five words of the name.</summary>
    private int IntroVerbAfter(in NormalizedText text, ReadOnlySpan<Token> tokens, int name)
    {
        var words = 0;
        for (var t = name + 1; t < tokens.Length && words < 5 && tokens[t].Sentence == tokens[name].Sentence; t++)
        {
            // "Sofia (my old manager at Shopify) suggested": the aside says who she is, not who suggested.
            if (tokens[t].InAside && !tokens[name].InAside)
            {
                continue;
            }

            words++;
            var word = NoteTokenizer.Word(text, tokens[t]);
            if (tokens[t].Is(WordClass.IntroVerb))
            {
                return t;
            }

            if (word is "i" or "you" or "we" || tokens[t].Capitalised)
            {
                break;
            }
        }

        return -1;
    }

    private void FindDetails(in NormalizedText text, ReadOnlySpan<Token> tokens, ReadOnlySpan<bool> pitchSentences, List<RawHit> hits)
    {
        if (SpecificDetailRule == NoRule)
        {
            return;
        }

        var selfIntroSentence = -1;
        var echoSentence = -1;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            if (token.StartsSentence && token.Is(WordClass.SelfIntroStart) && StartsWithAny(text, token, lexicon.SelfIntroStartsWith(NoteTokenizer.Word(text, token))) > 0)
            {
                selfIntroSentence = token.Sentence;
            }

            // "I see you're Head of Data at Northwind in Berlin": the recipient's own profile fields, which any
            // tool can paste, so what follows in the sentence is not a detail the sender knows.
            if (token.Is(WordClass.ProfileEchoStart) && echoSentence != token.Sentence && StartsWithAny(text, token, lexicon.ProfileEchoStartsWith(NoteTokenizer.Word(text, token))) > 0)
            {
                var sentenceEnd = t;
                while (sentenceEnd + 1 < tokens.Length && tokens[sentenceEnd + 1].Sentence == token.Sentence)
                {
                    sentenceEnd++;
                }

                if (profileEchoRule != NoRule)
                {
                    hits.Add(Span(text, profileEchoRule, token, tokens[sentenceEnd]));
                }

                echoSentence = token.Sentence;
                continue;
            }

            // In a sentence that pitches, the names and numbers are the seller's.
            if (token.Ignored || token.Sentence == selfIntroSentence || token.Sentence == echoSentence
                || !pitchSentences.IsEmpty && pitchSentences[token.Sentence]
                || !IsDetail(text, token) && !IsTimeReference(text, tokens, t))
            {
                continue;
            }

            if (token.HasDigit && t + 1 < tokens.Length && tokens[t + 1].Is(WordClass.SalesUnit))
            {
                continue;
            }

            var last = t;
            while (last + 1 < tokens.Length && tokens[last + 1].Sentence == token.Sentence && !tokens[last + 1].Ignored && IsDetail(text, tokens[last + 1]))
            {
                last++;
            }

            hits.Add(Span(text, SpecificDetailRule, token, tokens[last]));
            t = last;
        }
    }

    /// <summary>The length of the first of <paramref name="openers"/> the text starts with at this word, or 0.</summary>
    private static int StartsWithAny(in NormalizedText text, in Token first, ReadOnlySpan<string> openers)
    {
        var rest = text.Chars[first.From..];
        foreach (var opener in openers)
        {
            if (rest.StartsWith(opener) && (rest.Length == opener.Length || !NormalizedText.IsWordChar(rest[opener.Length])))
            {
                return opener.Length;
            }
        }

        return 0;
    }

    private bool IsName(in NormalizedText text, in Token token) =>
        token.Capitalised && !token.Ignored && !token.Is(WordClass.NotName) && token.Length > 1;

    /// <summary>A proper noun inside a sentence, a technical name (pgBouncer, ASP.NET, C#), or a number that is not a sales figure.</summary>
    private bool IsDetail(in NormalizedText text, in Token token) =>
        token.HasDigit && !IsSalesFigure(text, token)
        || token.Capitalised && !token.StartsSentence && !token.Is(WordClass.NotName)
        || token.TechnicalName && !token.Is(WordClass.NotName);

    private bool IsTimeReference(in NormalizedText text, ReadOnlySpan<Token> tokens, int t)
    {
        ref readonly var token = ref tokens[t];
        return token.Is(WordClass.TimeWord) && !token.Is(WordClass.QualifiedTimeWord)
            || token.Is(WordClass.QualifiedTimeWord) && t > 0 && (tokens[t - 1].Is(WordClass.TimeQualifier)
                || token.Is(WordClass.PartOfToday) && NoteTokenizer.Word(text, tokens[t - 1]).SequenceEqual("this"));
    }

    private static bool IsSalesFigure(in NormalizedText text, in Token token)
    {
        var word = NoteTokenizer.Word(text, token);
        var last = word[^1];
        return last is 'x' or 'k' or 'm' or '+' or '%' || token.To < text.Length && text[token.To] is '%' or '+' || word.SequenceEqual("24/7")
            || token.From > 0 && text[token.From - 1] is '$' or '€' or '£';
    }

    private static RawHit Span(in NormalizedText text, int rule, in Token first, in Token last)
    {
        var (start, length) = text.OriginalSpan(first.From, last.To);
        return new RawHit(rule, start, length);
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using InviteScreen.Scoring.Catalogue;
using InviteScreen.Scoring.Learning;
using InviteScreen.Scoring.Matching;
using InviteScreen.Scoring.Specificity;

namespace InviteScreen.Scoring;

/// <summary>
/// Scores how generic an invitation is. Thread-safe; build once and share.
/// score = round(100 × (1 − e^(−E / Saturation))), where E is the sum of the findings' points, floored at 0.
/// </summary>
public sealed class GenericnessScorer
{
    private readonly CompiledCatalogue compiled;

    private static readonly InvitationField[] Fields = Enum.GetValues<InvitationField>();

    [ThreadStatic]
    private static Scratch? scratch;

    public GenericnessScorer(RuleCatalogue catalogue, ScoringOptions options)
    {
        Options = options;
        if (options.FlagThreshold is < 0 or > 100 || options.GenericFrom is < 0 or > 100 || options.PersonalBelow > options.GenericFrom || options.Saturation <= 0)
        {
            throw new ArgumentException("Scoring options: thresholds must lie within 0-100, PersonalBelow ≤ GenericFrom, Saturation > 0.", nameof(options));
        }

        compiled = new CompiledCatalogue(catalogue);
        Categories = [.. catalogue.Categories];
    }

    public ScoringOptions Options { get; }

    public IReadOnlyList<RuleDefinition> Rules => compiled.Rules;

    public IReadOnlyList<CategoryDefinition> Categories { get; }

    public ScoreResult Score(InvitationText invitation) => Score(invitation, ScoringContext.None);

    /// <summary>Scores with evidence from the history: each item names a history rule and how often it was seen.</summary>
    public ScoreResult Score(InvitationText invitation, IReadOnlyList<HistoryEvidence> history) =>
        Score(invitation, history.Count == 0 ? ScoringContext.None : new ScoringContext(history));

    /// <summary>Scores with the history, what the user taught and the user's own profile.</summary>
    public ScoreResult Score(InvitationText invitation, ScoringContext context)
    {
        var work = scratch ??= new Scratch();
        work.Clear();
        work.Learned = context.Learned;
        work.Recipient = context.Recipient is { IsEmpty: false } recipient ? recipient : null;
        var history = context.History;

        // The sender's name and headline are read twice, as fields and to tell the sender's own words apart in the
        // note: normalised once.
        using var sender = new SenderText(
            NormalizedText.Create(invitation.SenderName, work.NameBuffer),
            NormalizedText.Create(invitation.Headline, work.HeadlineBuffer));
        foreach (var field in Fields)
        {
            Match(invitation, field, sender, work);
        }

        DropClaimsNamingNothing(work);
        AddHistory(history, work);

        AddNoReason(work);
        AddCombinations(work);
        AddTextReading(work);
        var findings = ToFindings(invitation, work);
        if (context.Policy is { } policy)
        {
            findings = policy.Apply(invitation, context.ProfileUrl, findings, Options);
        }

        var evidence = 0;
        for (var f = 0; f < findings.Count; f++)
        {
            evidence += findings[f].Points;
        }

        // A thread's scratch outlives the call: it must not keep a user's model or profile alive.
        work.Learned = null;
        work.Recipient = null;
        var score = Options.ToScore(evidence);
        return new ScoreResult(score, Options.ToVerdict(score), score >= Options.FlagThreshold, Options.FlagThreshold, findings);
    }

    private void Match(InvitationText invitation, InvitationField field, in SenderText sender, Scratch work)
    {
        var original = invitation.Get(field);
        using var message = field == InvitationField.Message ? NormalizedText.Create(original, work.MessageBuffer) : default;
        var text = field switch
        {
            InvitationField.SenderName => sender.Name,
            InvitationField.Headline => sender.Headline,
            _ => message,
        };
        work.FieldHits.Clear();

        // Phrases and patterns both read the normalised text; their hits then map back to the original.
        compiled.Phrases[(int)field].FindAll(text.Chars, work.FieldHits);
        compiled.Patterns[(int)field].FindAll(text.Chars, work.FieldHits);
        if (field == InvitationField.Message)
        {
            MatchNote(original, text, sender, work);
        }
        else
        {
            ToOriginal(text, work.FieldHits);
        }

        KeepOneOfOverlapping(work.FieldHits);
        foreach (var hit in work.FieldHits)
        {
            work.Hits.Add((field, hit));
        }
    }

    /// <summary>The note also goes through the structural checks, which read its words and sentences.</summary>
    private void MatchNote(string original, in NormalizedText text, in SenderText sender, Scratch work)
    {
        work.Tokens.Clear();
        NoteTokenizer.Tokenize(original, text, compiled.Lexicon, sender, work.Tokens);
        var tokens = CollectionsMarshal.AsSpan(work.Tokens);

        // In text order, the phrases meet the words in one walk; the later overlap pass finds them sorted.
        SortByStartThenLongest(CollectionsMarshal.AsSpan(work.FieldHits));
        var pitchSentences = PitchSentences(tokens, work);
        ToOriginal(text, work.FieldHits);
        compiled.Checks.Run(text, tokens, pitchSentences, work.FieldHits);
        if (work.Recipient is { } recipient)
        {
            MarkProfileEchoes(original, recipient, work.FieldHits);
        }

        // Read before overlaps are settled: "meeting you yesterday" keeps the time it absorbs.
        foreach (var hit in work.FieldHits)
        {
            work.NamesDetail |= hit.RuleIndex == compiled.Checks.SpecificDetailRule;
            work.NamesReference |= compiled.Checks.IsNamedReference(hit.RuleIndex);
        }

        if (compiled.EmptyMergeFieldRule >= 0)
        {
            EmptyMergeField.Find(original, compiled.EmptyMergeFieldRule, work.FieldHits);
        }

        if (tokens.Length > 0 && compiled.TextModel is { } model)
        {
            work.TextLogit = model.Read(text.Chars, work.TextScratch);
            ToOriginal(text, work.TextScratch.Words);
        }

        if (tokens.Length > 0 && work.Learned is { } learned)
        {
            work.LearnedLogit = learned.Model.Read(text.Chars, work.LearnedScratch);
            ToOriginal(text, work.LearnedScratch.Words);
        }
    }

    /// <summary>
    /// The text model's reading is one finding, for mass outreach or for a personal note by its sign, quoting the
    /// words that counted most among those no other finding explains; then the same for what the user taught. They
    /// come after the rules' findings, so they never stand in for a reason.
    /// </summary>
    private void AddTextReading(Scratch work)
    {
        if (work.TextLogit is { } text)
        {
            var reading = Explain(text, work.TextScratch, work);
            work.TextReading = reading;
            AddReading(reading, Points(reading, compiled.TextPointsPerLogit), compiled.TextMassRule, compiled.TextPersonalRule, work);
        }

        if (work.LearnedLogit is { } learned)
        {
            var reading = Explain(learned, work.LearnedScratch, work);
            work.LearnedReading = reading;
            AddReading(reading, Points(reading, work.Learned!.PointsPerLogit), compiled.LearnedGenericRule, compiled.LearnedPersonalRule, work);
        }
    }

    private static TextReading Explain(double logit, TextModelScratch text, Scratch work)
    {
        var covered = text.Covered.AsSpan(0, text.Words.Count);
        covered.Clear();

        // The message's hits come in text order, then the text model's own: one sweep, restarted for it.
        var word = 0;
        var previousStart = 0;
        foreach (var (field, hit) in work.Hits)
        {
            if (field != InvitationField.Message || hit.Length == 0)
            {
                continue;
            }

            word = hit.Start < previousStart ? 0 : word;
            previousStart = hit.Start;
            while (word < covered.Length && text.Words[word].End <= hit.Start)
            {
                word++;
            }

            for (var w = word; w < covered.Length && text.Words[w].Start < hit.Start + hit.Length; w++)
            {
                covered[w] = true;
            }
        }

        return TextModel.Explain(logit, text, covered);
    }

    private static void ToOriginal(in NormalizedText text, List<(int Start, int End)> words)
    {
        foreach (ref var word in CollectionsMarshal.AsSpan(words))
        {
            var (start, length) = text.OriginalSpan(word.Start, word.End);
            word = (start, start + length);
        }
    }

    private static void AddReading(TextReading reading, int points, int genericRule, int personalRule, Scratch work)
    {
        // Without a run of words no other finding explains, the reading is about the note as a whole.
        var rule = points > 0 ? genericRule : personalRule;
        if (rule >= 0 && points != 0)
        {
            work.Hits.Add((InvitationField.Message, new RawHit(rule, reading.From, reading.To - reading.From)));
        }
    }

    private static int Points(TextReading reading, double pointsPerLogit) =>
        (int)Math.Round(reading.Logit * pointsPerLogit, MidpointRounding.AwayFromZero);

    private static void ToOriginal(in NormalizedText text, List<RawHit> hits)
    {
        foreach (ref var hit in CollectionsMarshal.AsSpan(hits))
        {
            var (start, length) = text.OriginalSpan(hit.Start, hit.Start + hit.Length);
            hit = hit with { Start = start, Length = length };
        }
    }

    /// <summary>
    /// The sentences a phrase or pattern of a pitch fell in ("Join our free webinar 'Scaling Nursing Recruitment' on
    /// June 12"): their names and dates are the seller's. Empty when nothing pitches. The hits are in text order.
    /// </summary>
    private ReadOnlySpan<bool> PitchSentences(ReadOnlySpan<Token> tokens, Scratch work)
    {
        var pitched = Span<bool>.Empty;
        if (tokens.IsEmpty)
        {
            return pitched;
        }

        var word = 0;
        foreach (var hit in CollectionsMarshal.AsSpan(work.FieldHits))
        {
            if (hit.Length == 0 || !compiled.MarksPitch[hit.RuleIndex])
            {
                continue;
            }

            if (pitched.IsEmpty)
            {
                pitched = work.NoPitchedSentences(tokens[^1].Sentence + 1);
            }

            while (word + 1 < tokens.Length && tokens[word + 1].From <= hit.Start)
            {
                word++;
            }

            pitched[tokens[word].Sentence] = true;
        }

        return pitched;
    }

    /// <summary>
    /// Where matches overlap, one explains the text and a span is never counted twice: a rule's phrase or
    /// pattern beats a detail the specificity check saw there ("Synergistic" is a buzzword, not a name),
    /// then the longer match wins.
    /// </summary>
    private void KeepOneOfOverlapping(List<RawHit> hits)
    {
        if (hits.Count < 2)
        {
            return;
        }

        SortByStartThenLongest(CollectionsMarshal.AsSpan(hits));
        var kept = 0;
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            var previous = hit.Length > 0 ? LastWithSpan(hits, kept) : -1;
            if (previous >= 0 && hit.Start < hits[previous].Start + hits[previous].Length)
            {
                if (Outranks(hit, hits[previous]))
                {
                    hits[previous] = hit;
                }

                continue;
            }

            hits[kept++] = hit;
        }

        hits.RemoveRange(kept, hits.Count - kept);
    }

    /// <summary>
    /// A field has a handful of hits, nearly in order: an insertion sort settles them without a delegate call per
    /// comparison. Many hits (a huge text) get the general sort, which stays O(n log n).
    /// </summary>
    private static void SortByStartThenLongest(Span<RawHit> hits)
    {
        if (hits.Length > 32)
        {
            hits.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
            return;
        }

        for (var i = 1; i < hits.Length; i++)
        {
            var hit = hits[i];
            var j = i - 1;
            for (; j >= 0 && (hits[j].Start > hit.Start || hits[j].Start == hit.Start && hits[j].Length < hit.Length); j--)
            {
                hits[j + 1] = hits[j];
            }

            hits[j + 1] = hit;
        }
    }

    private bool Outranks(RawHit challenger, RawHit holder)
    {
        var challengerIsDetail = challenger.RuleIndex == compiled.Checks.SpecificDetailRule;
        var holderIsDetail = holder.RuleIndex == compiled.Checks.SpecificDetailRule;
        return challengerIsDetail != holderIsDetail ? holderIsDetail : challenger.Length > holder.Length;
    }

    private static int LastWithSpan(List<RawHit> hits, int count)
    {
        for (var i = count - 1; i >= 0; i--)
        {
            if (hits[i].Length > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A detail that only repeats the recipient's own profile is a filled-in merge field, not a reason.</summary>
    private void MarkProfileEchoes(string original, RecipientProfile recipient, List<RawHit> hits)
    {
        if (compiled.MailMergeEchoRule < 0)
        {
            return;
        }

        foreach (ref var hit in CollectionsMarshal.AsSpan(hits))
        {
            if (hit.RuleIndex == compiled.Checks.SpecificDetailRule && recipient.Echoes(original.Substring(hit.Start, hit.Length)))
            {
                hit = hit with { RuleIndex = compiled.MailMergeEchoRule };
            }
        }
    }

    /// <summary>
    /// A claim that needs a detail ("great meeting you at the event") earns nothing in a note that names nothing, and
    /// in a pitch the names and numbers are the seller's.
    /// </summary>
    private void DropClaimsNamingNothing(Scratch work)
    {
        if (work.NamesReference || work.NamesDetail && !Pitching(work))
        {
            return;
        }

        var kept = 0;
        for (var h = 0; h < work.Hits.Count; h++)
        {
            if (!compiled.Rules[work.Hits[h].Hit.RuleIndex].NeedsDetail)
            {
                work.Hits[kept++] = work.Hits[h];
            }
        }

        work.Hits.RemoveRange(kept, work.Hits.Count - kept);
    }

    /// <summary>
    /// A note needs a reason: one specific reference to the recipient's work, a person or an encounter,
    /// or at least two specific details. A single detail may be the sender's own company; "your recent post"
    /// with nothing about it is what mass senders write too; details in a pitch are the seller's.
    /// </summary>
    private void AddNoReason(Scratch work)
    {
        if (compiled.NoReasonRule < 0)
        {
            return;
        }

        var pitching = Pitching(work);
        var specificity = 0;
        foreach (var (_, hit) in work.Hits)
        {
            if (hit.RuleIndex == compiled.Checks.EmptyNoteRule)
            {
                return;
            }

            if (compiled.PersonalCategories[compiled.CategoryOfRule[hit.RuleIndex]])
            {
                // In a sales pitch the names and numbers are the product's, the event's or the client list's.
                specificity += hit.RuleIndex == compiled.Checks.SpecificDetailRule ? (pitching ? 0 : 1)
                    : hit.RuleIndex == compiled.Checks.YourWorkRule ? 1
                    : 2;
            }
        }

        if (specificity < 2)
        {
            work.Hits.Add((InvitationField.Message, new RawHit(compiled.NoReasonRule, 0, 0)));
        }
    }

    private bool Pitching(Scratch work)
    {
        foreach (var (_, hit) in work.Hits)
        {
            if (compiled.Rules[hit.RuleIndex].Sells)
            {
                return true;
            }
        }

        return false;
    }

    private void AddHistory(IReadOnlyList<HistoryEvidence> history, Scratch work)
    {
        // Indexed, not enumerated: no interface enumerator for the empty history of a stateless score.
        for (var h = 0; h < history.Count; h++)
        {
            var evidence = history[h];
            var rule = Array.FindIndex(compiled.Rules, r => r.Id == evidence.RuleId && r.Kind == RuleKind.History);
            if (rule < 0)
            {
                throw new ArgumentException($"'{evidence.RuleId}' is not a history rule of the catalogue.", nameof(history));
            }

            if (evidence.Count > 0)
            {
                work.Hits.Add((InvitationField.Message, new RawHit(rule, 0, 0)));
                work.HistoryCounts[rule] = evidence.Count;
            }
        }
    }

    private void AddCombinations(Scratch work)
    {
        var firedRules = work.NoFiredRules(compiled.Rules.Length);
        var firedCategories = work.NoFiredCategories(compiled.CategoryCaps.Length);
        foreach (var (_, hit) in work.Hits)
        {
            firedRules[hit.RuleIndex] = true;
            firedCategories[compiled.CategoryOfRule[hit.RuleIndex]] = true;
        }

        foreach (var combination in compiled.Combinations)
        {
            if (combination.IsMet(firedRules, firedCategories))
            {
                work.Hits.Add((InvitationField.Message, new RawHit(combination.RuleIndex, 0, 0)));
                firedRules[combination.RuleIndex] = true;
                firedCategories[compiled.CategoryOfRule[combination.RuleIndex]] = true;
            }
        }
    }

    private List<Finding> ToFindings(InvitationText invitation, Scratch work)
    {
        var findings = new List<Finding>(work.Hits.Count);
        Array.Clear(work.RuleHits);
        Array.Clear(work.CategoryPoints);
        if (work.RuleHits.Length < compiled.Rules.Length)
        {
            work.RuleHits = new int[compiled.Rules.Length];
            work.CategoryPoints = new int[compiled.CategoryCaps.Length];
        }

        foreach (var (field, hit) in work.Hits)
        {
            var rule = compiled.Rules[hit.RuleIndex];
            var category = compiled.CategoryOfRule[hit.RuleIndex];
            var points = work.RuleHits[hit.RuleIndex]++ < rule.MaxHits ? PointsOf(rule, hit.RuleIndex, work) : 0;
            points = Capped(points, work.CategoryPoints[category], compiled.CategoryCaps[category]);
            work.CategoryPoints[category] += points;
            var text = hit.Length > 0 ? invitation.Get(field).Substring(hit.Start, hit.Length) : "";
            var explanation = rule.Kind switch
            {
                RuleKind.TextModel => text.Length > 0 ? $"{rule.Explanation}: '{text}'" : $"{rule.Explanation}.",
                RuleKind.Learned => LearnedExplanation(rule, text, work),
                not RuleKind.History when points != 0 && ShiftOf(hit.RuleIndex, work) is var shift and not 0 =>
                    $"{rule.Explanation} Your decisions {(shift > 0 ? "added" : "took away")} {Math.Abs(shift)} point{(Math.Abs(shift) == 1 ? "" : "s")}.",
                _ => rule.Explanation,
            };
            findings.Add(new Finding(rule.Id, rule.Category, field, hit.Start, hit.Length, text, points, explanation, rule.Suggestion));
        }

        return findings;
    }

    /// <summary>"You marked 6 notes like this as generic: '…'", or, for the note as a whole, "… notes like this …".</summary>
    private static string LearnedExplanation(RuleDefinition rule, string text, Scratch work)
    {
        var count = work.Learned!.NotesLike(work.LearnedReading!.Value, text);
        var counted = rule.Explanation.Replace("{count}", count > 0 ? count.ToString(CultureInfo.InvariantCulture) : "several", StringComparison.Ordinal);
        return text.Length > 0 ? $"{counted}: '{text}'" : $"{counted}.";
    }

    private int PointsOf(RuleDefinition rule, int ruleIndex, Scratch work) => rule.Kind switch
    {
        RuleKind.History => work.HistoryCounts.TryGetValue(ruleIndex, out var count)
            ? Math.Min(rule.MaxPoints, rule.Points + rule.PointsPerRepeat * (count - 1))
            : rule.Points,
        RuleKind.TextModel => Points(work.TextReading!.Value, compiled.TextPointsPerLogit),
        RuleKind.Learned => Points(work.LearnedReading!.Value, work.Learned!.PointsPerLogit),
        _ => Shifted(rule.Points, ShiftOf(ruleIndex, work)),
    };

    /// <summary>What the user's decisions add to a rule's points (0 without a learned model).</summary>
    private static int ShiftOf(int ruleIndex, Scratch work) =>
        work.Learned is { RulePointShifts: { Count: > 0 } shifts } && ruleIndex < shifts.Count ? shifts[ruleIndex] : 0;

    /// <summary>A shift never turns evidence into credit or credit into evidence.</summary>
    private static int Shifted(int points, int shift) => points >= 0 ? Math.Max(0, points + shift) : Math.Min(0, points + shift);

    private static int Capped(int points, int sumSoFar, int cap) =>
        cap >= 0 ? Math.Clamp(points, 0, Math.Max(0, cap - sumSoFar)) : Math.Clamp(points, Math.Min(0, cap - sumSoFar), 0);

    private sealed class Scratch
    {
        public List<RawHit> FieldHits { get; } = [];
        public List<(InvitationField Field, RawHit Hit)> Hits { get; } = [];
        public List<Token> Tokens { get; } = [];
        public NormalizedText.Buffer NameBuffer { get; } = new();
        public NormalizedText.Buffer HeadlineBuffer { get; } = new();
        public NormalizedText.Buffer MessageBuffer { get; } = new();
        public bool NamesDetail { get; set; }
        public bool NamesReference { get; set; }
        public int[] RuleHits { get; set; } = [];
        public int[] CategoryPoints { get; set; } = [];

        public Dictionary<int, int> HistoryCounts { get; } = [];

        public TextModelScratch TextScratch { get; } = new();

        public TextModelScratch LearnedScratch { get; } = new();

        /// <summary>The text model's log-odds for the note; null without a model or words.</summary>
        public double? TextLogit { get; set; }

        public double? LearnedLogit { get; set; }

        /// <summary>The text model's reading of the note, its span in the original note; null without a model.</summary>
        public TextReading? TextReading { get; set; }

        public LearnedModel? Learned { get; set; }

        public RecipientProfile? Recipient { get; set; }

        /// <summary>The learned model's reading of the note, like <see cref="TextReading"/>.</summary>
        public TextReading? LearnedReading { get; set; }

        private bool[] firedRules = [];
        private bool[] firedCategories = [];
        private bool[] pitchedSentences = [];

        public bool[] NoFiredRules(int ruleCount) => Cleared(ref firedRules, ruleCount);

        public bool[] NoFiredCategories(int categoryCount) => Cleared(ref firedCategories, categoryCount);

        public bool[] NoPitchedSentences(int sentenceCount) => Cleared(ref pitchedSentences, sentenceCount);

        /// <summary>A cleared array of at least <paramref name="length"/>: one scratch serves scorers of any catalogue.</summary>
        private static bool[] Cleared(ref bool[] array, int length)
        {
            if (array.Length < length)
            {
                array = new bool[length];
            }

            Array.Clear(array);
            return array;
        }

        public void Clear()
        {
            Hits.Clear();
            NamesDetail = false;
            NamesReference = false;
            HistoryCounts.Clear();
            TextReading = null;
            LearnedReading = null;
            TextLogit = null;
            LearnedLogit = null;
        }
    }
}

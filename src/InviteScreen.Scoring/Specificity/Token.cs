namespace InviteScreen.Scoring.Specificity;

/// <summary>A word of the normalised note: [From, To) in normalised indices, with what the original showed.</summary>
internal readonly record struct Token(int From, int To, int Sentence, bool StartsSentence, bool Capitalised, bool Ignored, bool TechnicalName, WordClass Classes, bool HasDigit, bool InAside)
{
    public int Length => To - From;

    public bool Is(WordClass wordClass) => (Classes & wordClass) != 0;
}

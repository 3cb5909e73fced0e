using InviteScreen.Scoring.Matching;

namespace InviteScreen.Scoring.Specificity;

/// <summary>
/// The sender's name and headline, normalised: words of theirs in the note ("Ana", "ChainForge") are the sender's own,
/// not details about the recipient. Dispose after use.
/// </summary>
internal readonly struct SenderText(NormalizedText name, NormalizedText headline) : IDisposable
{
    public NormalizedText Name { get; } = name;

    public NormalizedText Headline { get; } = headline;

    public void Dispose()
    {
        Name.Dispose();
        Headline.Dispose();
    }
}

using System.Text.Json;

namespace InviteScreen.Scoring.Tests.Corpus;

/// <summary>An invitation from the labelled corpus; <see cref="Case"/> says what it tests.</summary>
public sealed record LabelledInvitation(string Label, string SenderName, string Headline, string Message, string Case)
{
    public bool IsGeneric => Label == "generic";

    public InvitationText ToText() => new(SenderName, Headline, Message);
}

internal static class LabelledCorpus
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<LabelledInvitation> Load() =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", "labelled-invitations.jsonl"))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledInvitation>(line, Json)!)];
}

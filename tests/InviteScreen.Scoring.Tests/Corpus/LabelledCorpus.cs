using System.Text.Json;

namespace InviteScreen.Scoring.Tests.Corpus;

/// <summary>An invitation from the labelled corpus; <see cref="Case"/> says what it tests.</summary>
public sealed record LabelledInvitation(string Label, string SenderName, string Headline, string Message, string Case)
{
    public bool IsGeneric => Label == "generic";

    public InvitationText ToText() => new(SenderName, Headline, Message);
}

/// <summary>
/// The labelled corpus the rules were tuned on, and sets written afterwards without looking at the rules:
/// everyday invitations, an adversarial set whose surface words mislead, and six month-long inboxes
/// (everyday mail; misleading titles and lengths; four written later, partly in other languages).
/// </summary>
internal static class LabelledCorpus
{
    public const string Tuning = "labelled-invitations.jsonl";
    public const string Holdout = "holdout-invitations.jsonl";
    public const string Adversarial = "adversarial-invitations.jsonl";
    public const string InboxA = "inbox-a-invitations.jsonl";
    public const string InboxB = "inbox-b-invitations.jsonl";
    public const string InboxC = "inbox-c-invitations.jsonl";
    public const string InboxD = "inbox-d-invitations.jsonl";
    public const string InboxE = "inbox-e-invitations.jsonl";
    public const string InboxF = "inbox-f-invitations.jsonl";

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<LabelledInvitation> Load(string file = Tuning) =>
        [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Corpus", file))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledInvitation>(line, Json)!)];
}

namespace InviteScreen.Web.FlaggedSenders;

/// <summary>One row of flagged-senders.csv; property order is the column order.</summary>
public sealed record FlaggedSender(
    string SenderName,
    string Headline,
    string ProfileUrl,
    int Invitations,
    int MaxScore,
    string LastScreenedAt,
    string TopRules,
    string Status);

/// <summary>A flagged invitation as the export reads it, ordered by sender.</summary>
public sealed record FlaggedInvitationRow(string SenderKey, string SenderName, string Headline, string? ProfileUrl, int Score, DateTime ScreenedAt, string TopRules, string Status);

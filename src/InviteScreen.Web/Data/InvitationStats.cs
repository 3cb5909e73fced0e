namespace InviteScreen.Web.Data;

/// <summary>Invitations sent (else screened) on one UTC day, flagged or not; kept exact by triggers (see <see cref="DashboardAtScaleSql"/>).</summary>
public sealed class InvitationDayStats
{
    /// <summary>The UTC day as yyyy-MM-dd.</summary>
    public string Day { get; set; } = "";
    public bool Flagged { get; set; }
    public long Count { get; set; }
    public long ScoreSum { get; set; }
}

/// <summary>How many stored findings with positive points a rule has; kept exact by triggers.</summary>
public sealed class RuleStats
{
    public string RuleId { get; set; } = "";
    public long Count { get; set; }
}

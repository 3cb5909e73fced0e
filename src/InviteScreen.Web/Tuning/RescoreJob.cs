using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InviteScreen.Web.Tuning;

public enum RescoreState
{
    Queued,
    Running,
    Done,

    /// <summary>A newer re-score started before this one finished; it re-scores everything again.</summary>
    Superseded,
}

/// <summary>A re-score of every stored invitation; its progress is saved with each batch, so a restart resumes it.</summary>
public sealed class RescoreJob
{
    public long Id { get; set; }
    public RescoreState State { get; set; }
    public string Reason { get; set; } = "";
    public int Total { get; set; }
    public int Processed { get; set; }
    public int Changed { get; set; }
    public long LastInvitationId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
}

internal sealed class RescoreJobConfiguration : IEntityTypeConfiguration<RescoreJob>
{
    public void Configure(EntityTypeBuilder<RescoreJob> builder)
    {
        builder.Property(j => j.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Reason).HasMaxLength(500);
        builder.HasIndex(j => j.State);
    }
}

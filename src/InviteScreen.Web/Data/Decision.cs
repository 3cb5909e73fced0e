using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InviteScreen.Web.Data;

/// <summary>The user's own word on an invitation: generic or personal. The learned model trains on these.</summary>
public sealed class Decision
{
    public long InvitationId { get; set; }
    public DecisionLabel Label { get; set; }
    public DateTime DecidedAt { get; set; }

    /// <summary>Made by reporting the invitation, not said outright: un-reporting takes it back.</summary>
    public bool FromReport { get; set; }
}

public enum DecisionLabel
{
    Generic,
    Personal,
}

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.HasKey(d => d.InvitationId);
        builder.Property(d => d.Label).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Invitation>().WithOne().HasForeignKey<Decision>(d => d.InvitationId).OnDelete(DeleteBehavior.Cascade);
    }
}

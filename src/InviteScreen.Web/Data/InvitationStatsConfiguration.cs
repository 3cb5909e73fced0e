using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InviteScreen.Web.Data;

internal sealed class InvitationDayStatsConfiguration : IEntityTypeConfiguration<InvitationDayStats>
{
    public void Configure(EntityTypeBuilder<InvitationDayStats> builder)
    {
        builder.HasKey(s => new { s.Day, s.Flagged });
        builder.Property(s => s.Day).HasMaxLength(10);
    }
}

internal sealed class RuleStatsConfiguration : IEntityTypeConfiguration<RuleStats>
{
    public void Configure(EntityTypeBuilder<RuleStats> builder)
    {
        builder.HasKey(s => s.RuleId);
        builder.Property(s => s.RuleId).HasMaxLength(64);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InviteScreen.Web.Data;

internal sealed class InvitationConfiguration : IEntityTypeConfiguration<Invitation>
{
    public void Configure(EntityTypeBuilder<Invitation> builder)
    {
        builder.Property(i => i.SenderName).HasMaxLength(200);
        builder.Property(i => i.Headline).HasMaxLength(300);
        builder.Property(i => i.ProfileUrl).HasMaxLength(500);
        builder.Property(i => i.Message).HasMaxLength(8000);
        builder.Property(i => i.SenderKey).HasMaxLength(600);
        builder.Property(i => i.Verdict).HasConversion<string>().HasMaxLength(16);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasMany(i => i.Findings).WithOne().HasForeignKey(f => f.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.ScoreChanges).WithOne().HasForeignKey(c => c.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<TemplateBand>().WithOne().HasForeignKey(b => b.InvitationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(i => i.Fingerprint).HasMaxLength(InviteScreen.Scoring.Templates.TemplateFingerprint.HashCount * sizeof(uint));
        builder.HasIndex(i => new { i.TemplateGroupId, i.ScreenedAt });

        builder.HasIndex(i => i.ScreenedAt);
        builder.Property(i => i.ImportKey).HasMaxLength(64);
        builder.HasIndex(i => i.ImportKey).IsUnique();
        builder.HasIndex(i => new { i.Score, i.ScreenedAt });
        builder.HasIndex(i => new { i.Flagged, i.SenderKey });
        builder.HasIndex(i => new { i.Flagged, i.ScreenedAt });

        // Score order within the equality filters, so "highest score" pages stop after a page instead of sorting every match.
        builder.HasIndex(i => new { i.Flagged, i.Score, i.ScreenedAt });
        builder.HasIndex(i => new { i.Status, i.Score, i.ScreenedAt });
        builder.HasIndex(i => new { i.Verdict, i.Score, i.ScreenedAt });
        builder.HasIndex(i => new { i.Status, i.ScreenedAt });
        builder.HasIndex(i => new { i.Verdict, i.ScreenedAt });

        // Trashed rows stay until purged; only the trash view and restore look past this filter.
        builder.HasQueryFilter(i => i.DeletedAt == null);
        builder.HasIndex(i => i.DeletedAt);
    }
}

internal sealed class TemplateBandConfiguration : IEntityTypeConfiguration<TemplateBand>
{
    public void Configure(EntityTypeBuilder<TemplateBand> builder)
    {
        builder.HasKey(b => new { b.Key, b.InvitationId });
        builder.HasIndex(b => b.InvitationId);
    }
}

internal sealed class ScoreChangeConfiguration : IEntityTypeConfiguration<ScoreChange>
{
    public void Configure(EntityTypeBuilder<ScoreChange> builder)
    {
        builder.Property(c => c.Reason).HasMaxLength(300);
        builder.HasIndex(c => c.InvitationId);
    }
}

internal sealed class InvitationFindingConfiguration : IEntityTypeConfiguration<InvitationFinding>
{
    public void Configure(EntityTypeBuilder<InvitationFinding> builder)
    {
        builder.Property(f => f.RuleId).HasMaxLength(64);
        builder.Property(f => f.Category).HasMaxLength(64);
        builder.Property(f => f.Field).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(f => new { f.InvitationId, f.RuleId });
        builder.HasIndex(f => f.RuleId);
    }
}

internal sealed class TemplateRegroupStateConfiguration : IEntityTypeConfiguration<Templates.TemplateRegroupState>
{
    public void Configure(EntityTypeBuilder<Templates.TemplateRegroupState> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Phase).HasConversion<string>().HasMaxLength(16);
    }
}

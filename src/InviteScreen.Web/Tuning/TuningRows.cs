using InviteScreen.Scoring.Policy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InviteScreen.Web.Tuning;

/// <summary>The user's threshold, bands and empty-note policy, one row; absent, appsettings' values hold.</summary>
public sealed class ScoringSettings
{
    public const int OnlyId = 1;

    public int Id { get; set; } = OnlyId;
    public int FlagThreshold { get; set; }
    public int GenericFrom { get; set; }
    public int PersonalBelow { get; set; }
    public bool EmptyNoteNeutral { get; set; }
}

/// <summary>One entry of the allow or block list.</summary>
public sealed class ListEntryRow
{
    public const int MaxValueLength = 300;

    public long Id { get; set; }
    public ListKind Kind { get; set; }
    public ListField Field { get; set; }
    public string Value { get; set; } = "";

    public ListEntry ToEntry() => new(Kind, Field, Value);
}

/// <summary>The user's change to one rule of the catalogue.</summary>
public sealed class RuleOverride
{
    public string RuleId { get; set; } = "";
    public bool Disabled { get; set; }
    public int? Points { get; set; }

    public Scoring.Catalogue.RuleOverlay ToOverlay() => new(RuleId, Disabled, Points);
}

internal sealed class ScoringSettingsConfiguration : IEntityTypeConfiguration<ScoringSettings>
{
    public void Configure(EntityTypeBuilder<ScoringSettings> builder) => builder.Property(s => s.Id).ValueGeneratedNever();
}

internal sealed class ListEntryRowConfiguration : IEntityTypeConfiguration<ListEntryRow>
{
    public void Configure(EntityTypeBuilder<ListEntryRow> builder)
    {
        builder.ToTable("ListEntries");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Field).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Value).HasMaxLength(ListEntryRow.MaxValueLength);
    }
}

internal sealed class RuleOverrideConfiguration : IEntityTypeConfiguration<RuleOverride>
{
    public void Configure(EntityTypeBuilder<RuleOverride> builder)
    {
        builder.HasKey(r => r.RuleId);
        builder.Property(r => r.RuleId).HasMaxLength(64);
    }
}

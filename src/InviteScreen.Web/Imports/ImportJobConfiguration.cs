using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InviteScreen.Web.Imports;

internal sealed class ImportJobConfiguration : IEntityTypeConfiguration<ImportJob>
{
    public void Configure(EntityTypeBuilder<ImportJob> builder)
    {
        builder.Property(j => j.FileName).HasMaxLength(260);
        builder.Property(j => j.StoredFileName).HasMaxLength(260);
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(j => j.Error).HasMaxLength(1000);
        builder.Property(j => j.Warning).HasMaxLength(500);
        builder.HasMany(j => j.BadRowList).WithOne().HasForeignKey(r => r.ImportJobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(j => j.Status);
    }
}

internal sealed class ImportBadRowConfiguration : IEntityTypeConfiguration<ImportBadRow>
{
    public void Configure(EntityTypeBuilder<ImportBadRow> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(300);
        builder.HasIndex(r => new { r.ImportJobId, r.LineNumber });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InviteScreen.Web.Data;

/// <summary>The user's own profile, one row: details that only echo it are mail-merge fields.</summary>
public sealed class AboutMe
{
    public const int OnlyId = 1;

    public int Id { get; set; } = OnlyId;
    public string? Name { get; set; }
    public string? Headline { get; set; }
    public string? Company { get; set; }
    public string? Industry { get; set; }
    public string? Location { get; set; }
    public string? Schools { get; set; }

    public Scoring.RecipientProfile ToProfile() => new(Name, Headline, Company, Industry, Location, Schools);
}

internal sealed class AboutMeConfiguration : IEntityTypeConfiguration<AboutMe>
{
    public void Configure(EntityTypeBuilder<AboutMe> builder)
    {
        builder.ToTable("AboutMe");
        builder.Property(a => a.Id).ValueGeneratedNever();
        foreach (var property in new[] { nameof(AboutMe.Name), nameof(AboutMe.Headline), nameof(AboutMe.Company), nameof(AboutMe.Industry), nameof(AboutMe.Location), nameof(AboutMe.Schools) })
        {
            builder.Property(property).HasMaxLength(300);
        }
    }
}

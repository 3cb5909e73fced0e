using Microsoft.EntityFrameworkCore;

namespace InviteScreen.Web.Data;

public sealed class InviteScreenDbContext(DbContextOptions<InviteScreenDbContext> options) : DbContext(options)
{
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<InvitationFinding> Findings => Set<InvitationFinding>();
    public DbSet<TemplateBand> TemplateBands => Set<TemplateBand>();
    public DbSet<ScoreChange> ScoreChanges => Set<ScoreChange>();
    public DbSet<Templates.TemplateRegroupState> TemplateRegroups => Set<Templates.TemplateRegroupState>();
    public DbSet<Imports.ImportJob> ImportJobs => Set<Imports.ImportJob>();
    public DbSet<Imports.ImportBadRow> ImportBadRows => Set<Imports.ImportBadRow>();
    public DbSet<InvitationDayStats> DayStats => Set<InvitationDayStats>();
    public DbSet<RuleStats> RuleStats => Set<RuleStats>();
    public DbSet<Decision> Decisions => Set<Decision>();
    public DbSet<AboutMe> AboutMe => Set<AboutMe>();
    public DbSet<Tuning.ScoringSettings> ScoringSettings => Set<Tuning.ScoringSettings>();
    public DbSet<Tuning.ListEntryRow> ListEntries => Set<Tuning.ListEntryRow>();
    public DbSet<Tuning.RuleOverride> RuleOverrides => Set<Tuning.RuleOverride>();
    public DbSet<Tuning.RescoreJob> RescoreJobs => Set<Tuning.RescoreJob>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(InviteScreenDbContext).Assembly);
}

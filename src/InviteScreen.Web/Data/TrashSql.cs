using Microsoft.EntityFrameworkCore.Migrations;

namespace InviteScreen.Web.Data;

/// <summary>
/// The aggregate triggers taught about the trash: a trashed invitation leaves the day, rule and flagged-headline
/// counts when it is trashed and comes back when restored, and its purge (findings first, then the row) takes
/// nothing away twice. Its text stays searchable, so the trash view can be searched too.
/// Frozen with the SoftDelete migration, like <see cref="DashboardAtScaleSql"/>.
/// </summary>
public static class TrashSql
{
    private static string AddRules(string row, string sign) => $"""
        INSERT INTO RuleStats (RuleId, Count) SELECT RuleId, {sign}COUNT(*) FROM Findings WHERE InvitationId = {row}.Id AND Points > 0 GROUP BY RuleId
            ON CONFLICT (RuleId) DO UPDATE SET Count = Count + excluded.Count;
        """;

    private static string LiveParent(string row) => $"NOT EXISTS (SELECT 1 FROM Invitations WHERE Id = {row}.InvitationId AND DeletedAt IS NOT NULL)";

    private static readonly string[] Replaced =
        ["Invitations_AfterDelete", "Invitations_AfterScoreUpdate", "Findings_AfterInsert", "Findings_AfterDelete", "Findings_AfterUpdate"];

    private static readonly string[] Added = ["Invitations_AfterLiveDelete", "Invitations_AfterTrash", "Invitations_AfterRestore"];

    public static void Up(MigrationBuilder migration)
    {
        foreach (var trigger in Replaced)
        {
            migration.Sql($"DROP TRIGGER IF EXISTS {trigger};");
        }

        string[] statements =
        [
            $"""
            CREATE TRIGGER Invitations_AfterDelete AFTER DELETE ON Invitations BEGIN
                {DashboardAtScaleSql.UnindexText("old")}
            END
            """,
            $"""
            CREATE TRIGGER Invitations_AfterLiveDelete AFTER DELETE ON Invitations WHEN old.DeletedAt IS NULL BEGIN
                {DashboardAtScaleSql.UnindexHeadline("old")}
                {DashboardAtScaleSql.AddDay("old", "-")}
            END
            """,
            $"""
            CREATE TRIGGER Invitations_AfterScoreUpdate AFTER UPDATE OF Flagged, Score, ScreenedAt, SentAt, Headline ON Invitations
                WHEN old.DeletedAt IS NULL AND new.DeletedAt IS NULL BEGIN
                {DashboardAtScaleSql.UnindexHeadline("old")}
                {DashboardAtScaleSql.IndexHeadline("new")}
                {DashboardAtScaleSql.AddDay("old", "-")}
                {DashboardAtScaleSql.AddDay("new", "")}
            END
            """,
            $"""
            CREATE TRIGGER Invitations_AfterTrash AFTER UPDATE OF DeletedAt ON Invitations
                WHEN old.DeletedAt IS NULL AND new.DeletedAt IS NOT NULL BEGIN
                {DashboardAtScaleSql.UnindexHeadline("old")}
                {DashboardAtScaleSql.AddDay("old", "-")}
                {AddRules("old", "-")}
            END
            """,
            $"""
            CREATE TRIGGER Invitations_AfterRestore AFTER UPDATE OF DeletedAt ON Invitations
                WHEN old.DeletedAt IS NOT NULL AND new.DeletedAt IS NULL BEGIN
                {DashboardAtScaleSql.IndexHeadline("new")}
                {DashboardAtScaleSql.AddDay("new", "")}
                {AddRules("new", "")}
            END
            """,
            $"""
            CREATE TRIGGER Findings_AfterInsert AFTER INSERT ON Findings WHEN new.Points > 0 AND {LiveParent("new")} BEGIN
                INSERT INTO RuleStats (RuleId, Count) VALUES (new.RuleId, 1) ON CONFLICT (RuleId) DO UPDATE SET Count = Count + excluded.Count;
            END
            """,
            $"""
            CREATE TRIGGER Findings_AfterDelete AFTER DELETE ON Findings WHEN old.Points > 0 AND {LiveParent("old")} BEGIN
                INSERT INTO RuleStats (RuleId, Count) VALUES (old.RuleId, -1) ON CONFLICT (RuleId) DO UPDATE SET Count = Count + excluded.Count;
            END
            """,
            $"""
            CREATE TRIGGER Findings_AfterUpdate AFTER UPDATE OF RuleId, Points ON Findings WHEN {LiveParent("new")} BEGIN
                INSERT INTO RuleStats (RuleId, Count) SELECT old.RuleId, -1 WHERE old.Points > 0
                    ON CONFLICT (RuleId) DO UPDATE SET Count = Count + excluded.Count;
                INSERT INTO RuleStats (RuleId, Count) SELECT new.RuleId, 1 WHERE new.Points > 0
                    ON CONFLICT (RuleId) DO UPDATE SET Count = Count + excluded.Count;
            END
            """,
        ];
        foreach (var statement in statements)
        {
            migration.Sql(statement + ";");
        }
    }

    /// <summary>Back to the triggers that know no trash; trashed rows must be purged or restored first.</summary>
    public static void Down(MigrationBuilder migration)
    {
        foreach (var trigger in Replaced.Concat(Added))
        {
            migration.Sql($"DROP TRIGGER IF EXISTS {trigger};");
        }
    }
}

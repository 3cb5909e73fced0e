using Microsoft.EntityFrameworkCore.Migrations;

namespace InviteScreen.Web.Data;

/// <summary>
/// The SQL that EF cannot model: the FTS5 search index over name, headline and message, the index of flagged
/// headlines behind the keyword chart, and the triggers that keep the aggregates exact on every write path
/// (EF, raw batch inserts, cascade deletes). Kept here so the migration that calls it is easy to regenerate.
/// Frozen with the DashboardAtScale migration: databases created and upgraded must agree, so a change to this
/// SQL goes in a new migration, never here.
/// </summary>
public static class DashboardAtScaleSql
{
    public const string SearchTable = "InvitationSearch";
    public const string FlaggedHeadlineVocabulary = "FlaggedHeadlineVocab";

    /// <summary>The UTC day an invitation counts for in the weekly chart: when it was sent if known (imports), else when screened.</summary>
    internal static string Day(string row) => $"date(coalesce({row}.SentAt, {row}.ScreenedAt))";

    internal static string AddDay(string row, string sign) => $"""
        INSERT INTO DayStats (Day, Flagged, Count, ScoreSum) VALUES ({Day(row)}, {row}.Flagged, {sign}1, {sign}{row}.Score)
            ON CONFLICT (Day, Flagged) DO UPDATE SET Count = Count + excluded.Count, ScoreSum = ScoreSum + excluded.ScoreSum;
        """;

    private static string AddRule(string row, string sign) => $"""
        INSERT INTO RuleStats (RuleId, Count) VALUES ({row}.RuleId, {sign}1)
            ON CONFLICT (RuleId) DO UPDATE SET Count = Count + excluded.Count;
        """;

    private static string IndexText(string row) =>
        $"INSERT INTO {SearchTable} (rowid, SenderName, Headline, Message) VALUES ({row}.Id, {row}.SenderName, {row}.Headline, {row}.Message);";

    internal static string UnindexText(string row) =>
        $"INSERT INTO {SearchTable} ({SearchTable}, rowid, SenderName, Headline, Message) VALUES ('delete', {row}.Id, {row}.SenderName, {row}.Headline, {row}.Message);";

    internal static string IndexHeadline(string row) =>
        $"INSERT INTO FlaggedHeadlines (rowid, Headline) SELECT {row}.Id, {row}.Headline WHERE {row}.Flagged;";

    internal static string UnindexHeadline(string row) =>
        $"INSERT INTO FlaggedHeadlines (FlaggedHeadlines, rowid, Headline) SELECT 'delete', {row}.Id, {row}.Headline WHERE {row}.Flagged;";

    public static void Up(MigrationBuilder migration)
    {
        string[] statements =
        [
            $"CREATE VIRTUAL TABLE {SearchTable} USING fts5(SenderName, Headline, Message, content='Invitations', content_rowid='Id', tokenize='unicode61 remove_diacritics 2')",
            $"INSERT INTO {SearchTable} ({SearchTable}) VALUES ('rebuild')",
            "CREATE VIRTUAL TABLE FlaggedHeadlines USING fts5(Headline, content='', tokenize='unicode61 remove_diacritics 2')",
            $"CREATE VIRTUAL TABLE {FlaggedHeadlineVocabulary} USING fts5vocab(FlaggedHeadlines, 'row')",
            "INSERT INTO FlaggedHeadlines (rowid, Headline) SELECT Id, Headline FROM Invitations WHERE Flagged",
            $"INSERT INTO DayStats (Day, Flagged, Count, ScoreSum) SELECT {Day("Invitations")}, Flagged, COUNT(*), SUM(Score) FROM Invitations GROUP BY 1, 2",
            "INSERT INTO RuleStats (RuleId, Count) SELECT RuleId, COUNT(*) FROM Findings WHERE Points > 0 GROUP BY RuleId",
            $"""
            CREATE TRIGGER Invitations_AfterInsert AFTER INSERT ON Invitations BEGIN
                {IndexText("new")}
                {IndexHeadline("new")}
                {AddDay("new", "")}
            END
            """,
            $"""
            CREATE TRIGGER Invitations_AfterDelete AFTER DELETE ON Invitations BEGIN
                {UnindexText("old")}
                {UnindexHeadline("old")}
                {AddDay("old", "-")}
            END
            """,
            $"""
            CREATE TRIGGER Invitations_AfterTextUpdate AFTER UPDATE OF SenderName, Headline, Message ON Invitations BEGIN
                {UnindexText("old")}
                {IndexText("new")}
            END
            """,
            $"""
            CREATE TRIGGER Invitations_AfterScoreUpdate AFTER UPDATE OF Flagged, Score, ScreenedAt, SentAt, Headline ON Invitations BEGIN
                {UnindexHeadline("old")}
                {IndexHeadline("new")}
                {AddDay("old", "-")}
                {AddDay("new", "")}
            END
            """,
            $"""
            CREATE TRIGGER Findings_AfterInsert AFTER INSERT ON Findings WHEN new.Points > 0 BEGIN
                {AddRule("new", "")}
            END
            """,
            $"""
            CREATE TRIGGER Findings_AfterDelete AFTER DELETE ON Findings WHEN old.Points > 0 BEGIN
                {AddRule("old", "-")}
            END
            """,
            $"""
            CREATE TRIGGER Findings_AfterUpdate AFTER UPDATE OF RuleId, Points ON Findings BEGIN
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

    public static void Down(MigrationBuilder migration)
    {
        foreach (var trigger in (string[])["Invitations_AfterInsert", "Invitations_AfterDelete", "Invitations_AfterTextUpdate", "Invitations_AfterScoreUpdate", "Findings_AfterInsert", "Findings_AfterDelete", "Findings_AfterUpdate"])
        {
            migration.Sql($"DROP TRIGGER IF EXISTS {trigger};");
        }

        foreach (var table in (string[])[FlaggedHeadlineVocabulary, "FlaggedHeadlines", SearchTable])
        {
            migration.Sql($"DROP TABLE IF EXISTS {table};");
        }
    }
}

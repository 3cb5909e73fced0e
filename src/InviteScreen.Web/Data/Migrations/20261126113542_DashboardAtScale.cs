using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InviteScreen.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class DashboardAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DayStats",
                columns: table => new
                {
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false),
                    ScoreSum = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DayStats", x => new { x.Day, x.Flagged });
                });

            migrationBuilder.CreateTable(
                name: "RuleStats",
                columns: table => new
                {
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Count = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RuleStats", x => x.RuleId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Flagged_Score_ScreenedAt",
                table: "Invitations",
                columns: new[] { "Flagged", "Score", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Flagged_ScreenedAt",
                table: "Invitations",
                columns: new[] { "Flagged", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Status_Score_ScreenedAt",
                table: "Invitations",
                columns: new[] { "Status", "Score", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Verdict_Score_ScreenedAt",
                table: "Invitations",
                columns: new[] { "Verdict", "Score", "ScreenedAt" });

            DashboardAtScaleSql.Up(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            DashboardAtScaleSql.Down(migrationBuilder);

            migrationBuilder.DropTable(
                name: "DayStats");

            migrationBuilder.DropTable(
                name: "RuleStats");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_Flagged_Score_ScreenedAt",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_Flagged_ScreenedAt",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_Status_Score_ScreenedAt",
                table: "Invitations");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_Verdict_Score_ScreenedAt",
                table: "Invitations");
        }
    }
}

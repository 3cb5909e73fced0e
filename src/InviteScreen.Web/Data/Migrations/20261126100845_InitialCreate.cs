using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InviteScreen.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Invitations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SenderName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Headline = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ProfileUrl = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    SenderKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Score = table.Column<int>(type: "INTEGER", nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false),
                    TopRules = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScreenedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invitations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Findings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvitationId = table.Column<long>(type: "INTEGER", nullable: false),
                    RuleId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    Length = table.Column<int>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Points = table.Column<int>(type: "INTEGER", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: false),
                    Suggestion = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Findings_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_InvitationId_RuleId",
                table: "Findings",
                columns: new[] { "InvitationId", "RuleId" });

            migrationBuilder.CreateIndex(
                name: "IX_Findings_RuleId",
                table: "Findings",
                column: "RuleId");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Flagged_SenderKey",
                table: "Invitations",
                columns: new[] { "Flagged", "SenderKey" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Score_ScreenedAt",
                table: "Invitations",
                columns: new[] { "Score", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_ScreenedAt",
                table: "Invitations",
                column: "ScreenedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Status_ScreenedAt",
                table: "Invitations",
                columns: new[] { "Status", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_Verdict_ScreenedAt",
                table: "Invitations",
                columns: new[] { "Verdict", "ScreenedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Findings");

            migrationBuilder.DropTable(
                name: "Invitations");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InviteScreen.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TemplateHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "Fingerprint",
                table: "Invitations",
                type: "BLOB",
                maxLength: 192,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MassTemplateSenders",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "SameSenderRepeats",
                table: "Invitations",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "TemplateGroupId",
                table: "Invitations",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ScoreChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    InvitationId = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OldScore = table.Column<int>(type: "INTEGER", nullable: false),
                    NewScore = table.Column<int>(type: "INTEGER", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ScoreChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ScoreChanges_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TemplateBands",
                columns: table => new
                {
                    Key = table.Column<long>(type: "INTEGER", nullable: false),
                    InvitationId = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateBands", x => new { x.Key, x.InvitationId });
                    table.ForeignKey(
                        name: "FK_TemplateBands_Invitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "Invitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Invitations_TemplateGroupId_ScreenedAt",
                table: "Invitations",
                columns: new[] { "TemplateGroupId", "ScreenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_ScoreChanges_InvitationId",
                table: "ScoreChanges",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateBands_InvitationId",
                table: "TemplateBands",
                column: "InvitationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ScoreChanges");

            migrationBuilder.DropTable(
                name: "TemplateBands");

            migrationBuilder.DropIndex(
                name: "IX_Invitations_TemplateGroupId_ScreenedAt",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "Fingerprint",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "MassTemplateSenders",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "SameSenderRepeats",
                table: "Invitations");

            migrationBuilder.DropColumn(
                name: "TemplateGroupId",
                table: "Invitations");
        }
    }
}

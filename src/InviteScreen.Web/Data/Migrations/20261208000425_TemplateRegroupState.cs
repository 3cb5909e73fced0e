using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InviteScreen.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class TemplateRegroupState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TemplateRegroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    Phase = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LastInvitationId = table.Column<long>(type: "INTEGER", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateRegroups", x => x.Id);
                });

            // Groups built before this version may have chained different templates together: a regroup is due.
            migrationBuilder.Sql("""
                INSERT INTO TemplateRegroups (Id, Phase, LastInvitationId, StartedAt)
                SELECT 1, 'Pending', 0, strftime('%Y-%m-%d %H:%M:%S', 'now')
                WHERE EXISTS (SELECT 1 FROM Invitations WHERE Fingerprint IS NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TemplateRegroups");
        }
    }
}

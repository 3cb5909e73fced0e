using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InviteScreen.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class ImportWarning : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Warning",
                table: "ImportJobs",
                type: "TEXT",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Warning",
                table: "ImportJobs");
        }
    }
}

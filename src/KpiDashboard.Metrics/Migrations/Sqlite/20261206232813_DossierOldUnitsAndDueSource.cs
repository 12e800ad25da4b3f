using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Metrics.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossierOldUnitsAndDueSource : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DueFromHandlingDays",
                table: "Dossiers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "OldCommuneCode",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 5,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OldProvinceCode",
                table: "Dossiers",
                type: "TEXT",
                maxLength: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DueFromHandlingDays",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "OldCommuneCode",
                table: "Dossiers");

            migrationBuilder.DropColumn(
                name: "OldProvinceCode",
                table: "Dossiers");
        }
    }
}

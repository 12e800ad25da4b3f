using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Metrics.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReportedFigureLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Level",
                table: "ReportedFigures",
                type: "TEXT",
                maxLength: 40,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Level",
                table: "ReportedFigures");
        }
    }
}

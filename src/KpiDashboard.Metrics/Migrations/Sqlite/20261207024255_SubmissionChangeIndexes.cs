using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Metrics.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SubmissionChangeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ApprovedUtc",
                table: "Submissions",
                column: "ApprovedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_UpdatedUtc",
                table: "Submissions",
                column: "UpdatedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_ApprovedUtc",
                table: "Submissions");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_UpdatedUtc",
                table: "Submissions");
        }
    }
}

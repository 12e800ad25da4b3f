using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Metrics.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DossierLeanerIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Dossiers_BatchId",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_CommuneCode",
                table: "Dossiers");

            migrationBuilder.DropIndex(
                name: "IX_Dossiers_FieldCode",
                table: "Dossiers");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_BatchId",
                table: "Dossiers",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_CommuneCode",
                table: "Dossiers",
                column: "CommuneCode");

            migrationBuilder.CreateIndex(
                name: "IX_Dossiers_FieldCode",
                table: "Dossiers",
                column: "FieldCode");
        }
    }
}

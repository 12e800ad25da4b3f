using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Metrics.Migrations.Sqlite
{
    /// <summary>
    /// AddUnitHistory dropped the facts' foreign keys, which SQLite does by rebuilding the Facts table at the end of that
    /// migration; the rebuild loses the natural-key expression index that is not in the model (see Initial). No model
    /// change: SQL only, after the rebuild.
    /// </summary>
    [DbContext(typeof(KpiDbContext))]
    [Migration("20261206043013_RestoreFactsNaturalKey")]
    public partial class RestoreFactsNaturalKey : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                "CREATE UNIQUE INDEX IF NOT EXISTS \"IX_Facts_NaturalKey\" ON \"Facts\" (\"Period\", \"ProvinceCode\", COALESCE(\"CommuneCode\", ''), \"FieldCode\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}

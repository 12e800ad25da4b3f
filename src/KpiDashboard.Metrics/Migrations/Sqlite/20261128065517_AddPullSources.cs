using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Metrics.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddPullSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PullSources",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    LastModified = table.Column<long>(type: "INTEGER", nullable: true),
                    LastAttemptUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    LastSuccessUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    LastStatus = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    LastRows = table.Column<int>(type: "INTEGER", nullable: false),
                    LastBatchId = table.Column<int>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    LeaseOwner = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    LeaseUntilUtc = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PullSources", x => x.Name);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PullSources");
        }
    }
}

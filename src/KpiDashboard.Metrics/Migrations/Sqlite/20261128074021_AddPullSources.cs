using System;
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

            migrationBuilder.CreateTable(
                name: "ReportedSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReferenceDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ReportedFigures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitText = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    PeriodText = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Period = table.Column<int>(type: "INTEGER", nullable: true),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Measure = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: false),
                    Approximate = table.Column<bool>(type: "INTEGER", nullable: false),
                    Sentence = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Start = table.Column<int>(type: "INTEGER", nullable: false),
                    End = table.Column<int>(type: "INTEGER", nullable: false),
                    Discarded = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReportedFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReportedFigures_ReportedSources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "ReportedSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReportedFigures_Period_ProvinceCode",
                table: "ReportedFigures",
                columns: new[] { "Period", "ProvinceCode" });

            migrationBuilder.CreateIndex(
                name: "IX_ReportedFigures_SourceId",
                table: "ReportedFigures",
                column: "SourceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PullSources");

            migrationBuilder.DropTable(
                name: "ReportedFigures");

            migrationBuilder.DropTable(
                name: "ReportedSources");
        }
    }
}

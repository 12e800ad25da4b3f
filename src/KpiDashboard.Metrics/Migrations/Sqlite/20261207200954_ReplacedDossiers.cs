using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Metrics.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReplacedDossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ReplacedDossiers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false),
                    ReplacedByBatchId = table.Column<int>(type: "INTEGER", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    OldProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    OldCommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ProcedureCode = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    ProcedureName = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Online = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HandlingDays = table.Column<int>(type: "INTEGER", nullable: true),
                    DueFromHandlingDays = table.Column<bool>(type: "INTEGER", nullable: false),
                    SupplementRequests = table.Column<int>(type: "INTEGER", nullable: false),
                    SupplementDays = table.Column<int>(type: "INTEGER", nullable: false),
                    FinishedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Outcome = table.Column<int>(type: "INTEGER", nullable: true),
                    BatchId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplacedDossiers", x => new { x.ReplacedByBatchId, x.Id });
                    table.ForeignKey(
                        name: "FK_ReplacedDossiers_Batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplacedDossiers_Batches_ReplacedByBatchId",
                        column: x => x.ReplacedByBatchId,
                        principalTable: "Batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReplacedDossiers_Fields_FieldCode",
                        column: x => x.FieldCode,
                        principalTable: "Fields",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReplacedDossiers_BatchId",
                table: "ReplacedDossiers",
                column: "BatchId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ReplacedDossiers");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace KpiDashboard.Metrics.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddUnitHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rows already here are today's units (and the seeded provinces): they become valid from 01/07/2025 in place.
            migrationBuilder.DropForeignKey(
                name: "FK_Communes_Provinces_ProvinceCode",
                table: "Communes");

            migrationBuilder.DropForeignKey(
                name: "FK_CommuneShapes_Communes_CommuneCode",
                table: "CommuneShapes");

            migrationBuilder.DropForeignKey(
                name: "FK_CommuneShapes_Provinces_ProvinceCode",
                table: "CommuneShapes");

            migrationBuilder.DropForeignKey(
                name: "FK_Facts_Communes_CommuneCode",
                table: "Facts");

            migrationBuilder.DropForeignKey(
                name: "FK_Facts_Provinces_ProvinceCode",
                table: "Facts");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Provinces",
                table: "Provinces");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Communes",
                table: "Communes");

            migrationBuilder.DropIndex(
                name: "IX_Communes_ProvinceCode",
                table: "Communes");


































            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "Provinces",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(2025, 7, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidTo",
                table: "Provinces",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidFrom",
                table: "Communes",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(2025, 7, 1));

            migrationBuilder.AddColumn<string>(
                name: "DistrictCode",
                table: "Communes",
                type: "TEXT",
                maxLength: 3,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "ValidTo",
                table: "Communes",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_Provinces",
                table: "Provinces",
                columns: new[] { "Code", "ValidFrom" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_Communes",
                table: "Communes",
                columns: new[] { "Code", "ValidFrom" });

            migrationBuilder.CreateTable(
                name: "Districts",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => new { x.Code, x.ValidFrom });
                });

            migrationBuilder.CreateTable(
                name: "UnitLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Level = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    OldCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    NewCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ChangedOn = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitLinks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Communes_ProvinceCode_ValidFrom",
                table: "Communes",
                columns: new[] { "ProvinceCode", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_Districts_ProvinceCode_ValidFrom",
                table: "Districts",
                columns: new[] { "ProvinceCode", "ValidFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitLinks_Level_NewCode",
                table: "UnitLinks",
                columns: new[] { "Level", "NewCode" });

            migrationBuilder.CreateIndex(
                name: "IX_UnitLinks_Level_OldCode_NewCode",
                table: "UnitLinks",
                columns: new[] { "Level", "OldCode", "NewCode" },
                unique: true);

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Only without old units: their codes repeat today's, which the old one-column keys cannot hold.
            migrationBuilder.DropTable(
                name: "Districts");

            migrationBuilder.DropTable(
                name: "UnitLinks");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Provinces",
                table: "Provinces");

            migrationBuilder.DropPrimaryKey(
                name: "PK_Communes",
                table: "Communes");

            migrationBuilder.DropIndex(
                name: "IX_Communes_ProvinceCode_ValidFrom",
                table: "Communes");


































            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "Provinces");

            migrationBuilder.DropColumn(
                name: "ValidTo",
                table: "Provinces");

            migrationBuilder.DropColumn(
                name: "ValidFrom",
                table: "Communes");

            migrationBuilder.DropColumn(
                name: "DistrictCode",
                table: "Communes");

            migrationBuilder.DropColumn(
                name: "ValidTo",
                table: "Communes");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Provinces",
                table: "Provinces",
                column: "Code");

            migrationBuilder.AddPrimaryKey(
                name: "PK_Communes",
                table: "Communes",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_Communes_ProvinceCode",
                table: "Communes",
                column: "ProvinceCode");

            migrationBuilder.AddForeignKey(
                name: "FK_Communes_Provinces_ProvinceCode",
                table: "Communes",
                column: "ProvinceCode",
                principalTable: "Provinces",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CommuneShapes_Communes_CommuneCode",
                table: "CommuneShapes",
                column: "CommuneCode",
                principalTable: "Communes",
                principalColumn: "Code",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_CommuneShapes_Provinces_ProvinceCode",
                table: "CommuneShapes",
                column: "ProvinceCode",
                principalTable: "Provinces",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Facts_Communes_CommuneCode",
                table: "Facts",
                column: "CommuneCode",
                principalTable: "Communes",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Facts_Provinces_ProvinceCode",
                table: "Facts",
                column: "ProvinceCode",
                principalTable: "Provinces",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);
        }
    }
}

using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KpiDashboard.Metrics.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddFactSummaries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FactSummaries",
                columns: table => new
                {
                    Period = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceCode = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    FieldCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CommuneLevel = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommuneCode = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Rows = table.Column<int>(type: "INTEGER", nullable: false),
                    DemoRows = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOnline = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedOnlineKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    ReceivedOffline = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedOfflineKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    CarriedOver = table.Column<long>(type: "INTEGER", nullable: true),
                    CarriedOverKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedEarly = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedEarlyKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedOnTime = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedOnTimeKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    ResolvedLate = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedLateKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingWithin = table.Column<long>(type: "INTEGER", nullable: true),
                    PendingWithinKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    PendingOverdue = table.Column<long>(type: "INTEGER", nullable: true),
                    PendingOverdueKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    Received = table.Column<long>(type: "INTEGER", nullable: true),
                    ReceivedKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    Handled = table.Column<long>(type: "INTEGER", nullable: true),
                    HandledKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    Resolved = table.Column<long>(type: "INTEGER", nullable: true),
                    ResolvedKnown = table.Column<int>(type: "INTEGER", nullable: false),
                    Pending = table.Column<long>(type: "INTEGER", nullable: true),
                    PendingKnown = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FactSummaries", x => new { x.Period, x.ProvinceCode, x.FieldCode, x.CommuneLevel, x.CommuneCode });
                });

            migrationBuilder.CreateIndex(
                name: "IX_FactSummaries_ProvinceCode_FieldCode_Period",
                table: "FactSummaries",
                columns: new[] { "ProvinceCode", "FieldCode", "Period" });

            // The facts already stored, summed as FactSummaryRefresh sums them (written out here: a migration must not
            // change when that code does): per month, province, field and level; per commune; then the roll-ups.
            const string insert = "INSERT INTO \"FactSummaries\" (\"Period\", \"ProvinceCode\", \"FieldCode\", \"CommuneLevel\", \"CommuneCode\", \"Rows\", \"DemoRows\", " +
                "\"ReceivedOnline\", \"ReceivedOnlineKnown\", \"ReceivedOffline\", \"ReceivedOfflineKnown\", \"CarriedOver\", \"CarriedOverKnown\", \"ResolvedEarly\", \"ResolvedEarlyKnown\", \"ResolvedOnTime\", \"ResolvedOnTimeKnown\", \"ResolvedLate\", \"ResolvedLateKnown\", \"PendingWithin\", \"PendingWithinKnown\", \"PendingOverdue\", \"PendingOverdueKnown\", \"Received\", \"ReceivedKnown\", \"Handled\", \"HandledKnown\", \"Resolved\", \"ResolvedKnown\", \"Pending\", \"PendingKnown\") ";
            const string factSums = "COUNT(*), SUM(CASE WHEN \"IsDemo\" THEN 1 ELSE 0 END), SUM(\"ReceivedOnline\"), COUNT(\"ReceivedOnline\"), SUM(\"ReceivedOffline\"), COUNT(\"ReceivedOffline\"), SUM(\"CarriedOver\"), COUNT(\"CarriedOver\"), SUM(\"ResolvedEarly\"), COUNT(\"ResolvedEarly\"), SUM(\"ResolvedOnTime\"), COUNT(\"ResolvedOnTime\"), SUM(\"ResolvedLate\"), COUNT(\"ResolvedLate\"), SUM(\"PendingWithin\"), COUNT(\"PendingWithin\"), SUM(\"PendingOverdue\"), COUNT(\"PendingOverdue\"), SUM(\"Received\"), COUNT(\"Received\"), SUM(\"Handled\"), COUNT(\"Handled\"), SUM(\"Resolved\"), COUNT(\"Resolved\"), SUM(\"Pending\"), COUNT(\"Pending\")";
            const string sums = "SUM(\"Rows\"), SUM(\"DemoRows\"), SUM(\"ReceivedOnline\"), SUM(\"ReceivedOnlineKnown\"), SUM(\"ReceivedOffline\"), SUM(\"ReceivedOfflineKnown\"), SUM(\"CarriedOver\"), SUM(\"CarriedOverKnown\"), SUM(\"ResolvedEarly\"), SUM(\"ResolvedEarlyKnown\"), SUM(\"ResolvedOnTime\"), SUM(\"ResolvedOnTimeKnown\"), SUM(\"ResolvedLate\"), SUM(\"ResolvedLateKnown\"), SUM(\"PendingWithin\"), SUM(\"PendingWithinKnown\"), SUM(\"PendingOverdue\"), SUM(\"PendingOverdueKnown\"), SUM(\"Received\"), SUM(\"ReceivedKnown\"), SUM(\"Handled\"), SUM(\"HandledKnown\"), SUM(\"Resolved\"), SUM(\"ResolvedKnown\"), SUM(\"Pending\"), SUM(\"PendingKnown\")";
            migrationBuilder.Sql(insert + "SELECT \"Period\", \"ProvinceCode\", \"FieldCode\", \"CommuneCode\" IS NOT NULL, '', " + factSums +
                " FROM \"Facts\" GROUP BY \"Period\", \"ProvinceCode\", \"FieldCode\", \"CommuneCode\" IS NOT NULL;");
            migrationBuilder.Sql(insert + "SELECT \"Period\", \"ProvinceCode\", '', 1, \"CommuneCode\", " + factSums +
                " FROM \"Facts\" WHERE \"CommuneCode\" IS NOT NULL GROUP BY \"Period\", \"ProvinceCode\", \"CommuneCode\";");
            migrationBuilder.Sql(insert + "SELECT \"Period\", \"ProvinceCode\", '', \"CommuneLevel\", '', " + sums +
                " FROM \"FactSummaries\" WHERE \"ProvinceCode\" <> '' AND \"FieldCode\" <> '' GROUP BY \"Period\", \"ProvinceCode\", \"CommuneLevel\";");
            migrationBuilder.Sql(insert + "SELECT \"Period\", '', \"FieldCode\", \"CommuneLevel\", '', " + sums +
                " FROM \"FactSummaries\" WHERE \"ProvinceCode\" <> '' AND \"FieldCode\" <> '' GROUP BY \"Period\", \"FieldCode\", \"CommuneLevel\";");
            migrationBuilder.Sql(insert + "SELECT \"Period\", '', '', \"CommuneLevel\", '', " + sums +
                " FROM \"FactSummaries\" WHERE \"ProvinceCode\" <> '' AND \"FieldCode\" = '' AND \"CommuneCode\" = '' GROUP BY \"Period\", \"CommuneLevel\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FactSummaries");
        }
    }
}

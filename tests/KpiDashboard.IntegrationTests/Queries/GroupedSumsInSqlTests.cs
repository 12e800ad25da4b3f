using System.Text.RegularExpressions;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.IntegrationTests.Queries;

/// <summary>
/// FigureQuery's grouped sums, made from the measure catalogue, are computed by the database (one SELECT with SUM and
/// GROUP BY, over the facts or the summaries), and equal what plain LINQ over the facts gives.
/// </summary>
public sealed class GroupedSumsInSqlTests
{
    private const string Communes = "code,name,province_code\n04792,Phường Tân Hoà,25\n04795,Phường Hoà Bình,25\n";

    // Communes and provincial agencies of two provinces over two months, some cells unknown.
    private const string Figures = Csv.Header +
        "2025-06,25,04792,TSVTD,12,8,0,10,4,1,4,1\n" +
        "2025-06,25,04795,TSVTD,5,,,3,1,0,,\n" +
        "2025-06,25,04795,SHTT,1,1,1,1,1,0,1,0\n" +
        "2025-06,25,,SHTT,7,3,2,5,2,0,4,1\n" +
        "2025-07,25,04792,TSVTD,2,2,1,1,1,0,3,0\n" +
        "2025-07,42,,TSVTD,,4,0,2,1,1,,0\n";

    private static readonly Month June = new(2025, 6);
    private static readonly Month July = new(2025, 7);

    [Fact]
    public async Task A_commune_and_field_grouping_is_summed_by_the_database_from_the_facts()
    {
        await using var db = await SeededAsync();
        var sql = new List<string>();
        await using var context = OpenLogged(db, sql);

        var groups = await new FigureQuery(context).SumByAsync(new Scope("25"), June, July, r => new { r.CommuneCode, r.FieldCode });

        // June is before the merger, so the query also asks whether old units are linked (one small statement); the sums are one.
        var select = Assert.Single(sql, s => s.Contains("FROM \"Facts\"", StringComparison.Ordinal));
        AssertSummedInSql(select);
        await using var plain = db.Open();
        var facts = await plain.Facts.AsNoTracking().Where(f => f.ProvinceCode == "25").ToListAsync();
        var expected = facts.GroupBy(f => (f.CommuneCode, f.FieldCode)).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal(4, groups.Count);
        Assert.Equal(expected.Keys.Order(), groups.Select(g => (g.Key.CommuneCode, g.Key.FieldCode)).Order());
        foreach (var g in groups) AssertEqualsPlainSums(expected[(g.Key.CommuneCode, g.Key.FieldCode)], g.Figures);
    }

    [Fact]
    public async Task A_province_and_month_grouping_is_summed_by_the_database_from_the_summaries()
    {
        await using var db = await SeededAsync();
        var sql = new List<string>();
        await using var context = OpenLogged(db, sql);

        var groups = await new FigureQuery(context).SumByAsync(Scope.Nation, June, July, r => new { r.ProvinceCode, r.Period });

        var select = Assert.Single(sql);
        Assert.Contains("FROM \"FactSummaries\"", select);
        Assert.Contains("\"PendingOverdueKnown\"", select);
        AssertSummedInSql(select);
        await using var plain = db.Open();
        var facts = await plain.Facts.AsNoTracking().ToListAsync();
        var expected = facts.GroupBy(f => (f.ProvinceCode, f.Period)).ToDictionary(g => g.Key, g => g.ToList());
        Assert.Equal([("25", 202506), ("25", 202507), ("42", 202507)], groups.Select(g => (g.Key.ProvinceCode, g.Key.Period)).Order());
        foreach (var g in groups) AssertEqualsPlainSums(expected[(g.Key.ProvinceCode, g.Key.Period)], g.Figures);
        // A literal from the file: Phú Thọ's June online count is 12 + 5 + 1 + 7, every row knowing it.
        Assert.Equal(Quantity.Known(25), groups.Single(g => g.Key is { ProvinceCode: "25", Period: 202506 }).Figures.ReceivedOnline);
        // Hà Tĩnh's July row does not know it.
        Assert.Equal(Quantity.Unknown, groups.Single(g => g.Key.ProvinceCode == "42").Figures.ReceivedOnline);
    }

    private static void AssertSummedInSql(string select)
    {
        Assert.Contains("GROUP BY", select);
        // Rows, demo rows, and a sum and a known count per measure: every one an aggregate in the statement.
        Assert.True(Regex.Count(select, @"\bSUM\(", RegexOptions.IgnoreCase) >= 2 + 2 * MeasureCatalogue.All.Count, select);
    }

    /// <summary>Per measure: the sum of the known values, unknown when none is known, complete when every fact knows it.</summary>
    private static void AssertEqualsPlainSums(List<Fact> facts, Figures figures)
    {
        Assert.Equal(facts.Count, figures.Rows);
        foreach (var m in MeasureCatalogue.All)
        {
            var known = facts.Select(f => m.Of(f.Values)).Where(v => v is not null).Select(v => (long)v!.Value).ToList();
            var expected = known.Count == 0 ? Quantity.Unknown : new Quantity(known.Sum(), known.Count == facts.Count);
            Assert.True(expected == m.Of(figures), $"{m.Name}: expected {expected}, got {m.Of(figures)}");
        }
    }

    private static KpiDbContext OpenLogged(TestDatabase db, List<string> sql)
    {
        void Log(DbContextOptionsBuilder options)
        {
            KpiDatabase.Configure(options, db.Provider, db.ConnectionString);
            options.LogTo(message => { lock (sql) sql.Add(message); }, [RelationalEventId.CommandExecuted], LogLevel.Information);
        }
        if (db.Provider == DatabaseProvider.Postgres)
        {
            var postgres = new DbContextOptionsBuilder<PostgresKpiDbContext>();
            Log(postgres);
            return new PostgresKpiDbContext(postgres.Options);
        }
        var sqlite = new DbContextOptionsBuilder<KpiDbContext>();
        Log(sqlite);
        return new KpiDbContext(sqlite.Options);
    }

    private static async Task<TestDatabase> SeededAsync()
    {
        var db = await TestDatabase.CreateAsync();
        var units = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(Csv.Stream(Communes)));
        Assert.Empty(units.Errors);
        var result = await db.IngestAsync(Figures);
        Assert.Empty(result.Errors);
        return db;
    }
}

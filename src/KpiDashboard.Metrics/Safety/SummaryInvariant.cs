using System.Data.Common;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Safety;

/// <summary>
/// FactSummaries must say what the facts say: every row of every grain equals the facts grouped and summed anew here
/// (the base and commune grains in the database, the roll-ups in memory), with no row missing and none extra.
/// </summary>
internal static class SummaryInvariant
{
    public const string Check = "summaries";

    public static async Task<IReadOnlyList<CheckFinding>> RunAsync(KpiDbContext db, int limit, CancellationToken ct)
    {
        var expected = new Dictionary<SummaryRow, SummaryRow.Figures>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            const string level = "CASE WHEN \"CommuneCode\" IS NULL THEN 0 ELSE 1 END";
            foreach (var (key, figures) in await SumFactsAsync(connection, $"\"ProvinceCode\", \"FieldCode\", {level}, ''",
                         $"\"ProvinceCode\", \"FieldCode\", {level}", "1 = 1", ct))
            {
                // The base grain, and the three roll-ups made of it: per province, per field nationwide, the nation.
                Add(expected, key, figures);
                Add(expected, key with { FieldCode = FactSummary.All }, figures);
                Add(expected, key with { ProvinceCode = FactSummary.All }, figures);
                Add(expected, key with { ProvinceCode = FactSummary.All, FieldCode = FactSummary.All }, figures);
            }
            foreach (var (key, figures) in await SumFactsAsync(connection, "\"ProvinceCode\", '', 1, \"CommuneCode\"",
                         "\"ProvinceCode\", \"CommuneCode\"", "\"CommuneCode\" IS NOT NULL", ct))
                Add(expected, key, figures);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        var findings = new List<CheckFinding>();
        var seen = new HashSet<SummaryRow>();
        await foreach (var s in db.FactSummaries.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            var key = new SummaryRow(s.Period, s.ProvinceCode, s.FieldCode, s.CommuneLevel, s.CommuneCode);
            var stored = Stored(s).ToString();
            if (!seen.Add(key)) findings.Add(new CheckFinding(Check, $"{key}: hai hàng tổng hợp / two summary rows"));
            else if (!expected.TryGetValue(key, out var figures))
                findings.Add(new CheckFinding(Check, $"{key}: hàng tổng hợp không có số liệu gốc / a summary row without facts ({stored})"));
            else if (figures.ToString() != stored)
                findings.Add(new CheckFinding(Check, $"{key}: tổng hợp khác số liệu gốc / the summary differs from its facts: stored {stored}; facts {figures}"));
            if (findings.Count >= limit) return findings;
        }
        foreach (var (key, figures) in expected.Where(e => !seen.Contains(e.Key)).Take(limit - findings.Count))
            findings.Add(new CheckFinding(Check, $"{key}: thiếu hàng tổng hợp / summary row missing (facts {figures})"));
        return findings;
    }

    private static void Add(Dictionary<SummaryRow, SummaryRow.Figures> rows, SummaryRow key, SummaryRow.Figures figures)
    {
        if (!rows.TryGetValue(key, out var sum)) rows[key] = sum = new SummaryRow.Figures();
        sum.Add(figures);
    }

    private static async Task<List<(SummaryRow Key, SummaryRow.Figures Figures)>> SumFactsAsync(
        DbConnection connection, string keys, string groupBy, string where, CancellationToken ct)
    {
        var sums = string.Join(", ", SummaryRow.Measures.Select(m => $"SUM(\"{m}\"), COUNT(\"{m}\")"));
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT \"Period\", {keys}, COUNT(*), SUM(CASE WHEN \"IsDemo\" THEN 1 ELSE 0 END), {sums} " +
                              $"FROM \"Facts\" WHERE {where} GROUP BY \"Period\", {groupBy}";
        var rows = new List<(SummaryRow, SummaryRow.Figures)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var key = new SummaryRow(Convert.ToInt32(reader.GetValue(0)), reader.GetString(1), reader.GetString(2),
                Convert.ToInt64(reader.GetValue(3)) != 0, reader.GetString(4));
            var figures = new SummaryRow.Figures { Rows = Convert.ToInt64(reader.GetValue(5)), DemoRows = Convert.ToInt64(reader.GetValue(6)) };
            for (var i = 0; i < SummaryRow.Measures.Length; i++)
            {
                figures.Sums[i] = reader.IsDBNull(7 + 2 * i) ? null : Convert.ToInt64(reader.GetValue(7 + 2 * i));
                figures.Known[i] = Convert.ToInt64(reader.GetValue(8 + 2 * i));
            }
            rows.Add((key, figures));
        }
        return rows;
    }

    private static SummaryRow.Figures Stored(FactSummary s)
    {
        var figures = new SummaryRow.Figures { Rows = s.Rows, DemoRows = s.DemoRows };
        foreach (var m in MeasureCatalogue.All) (figures.Sums[m.Index], figures.Known[m.Index]) = (m.Of(s.Sums).Sum, m.Of(s.Sums).Known);
        return figures;
    }
}

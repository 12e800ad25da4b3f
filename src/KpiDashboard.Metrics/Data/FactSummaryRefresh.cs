using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Metrics.Data;

/// <summary>
/// Keeps <see cref="FactSummary"/> equal to the sums of the facts: rewrites whole (month, province) groups from the
/// facts, set-based, inside the caller's transaction. Every writer of facts calls it after writing.
/// </summary>
public static class FactSummaryRefresh
{
    private static readonly string[] Measures =
    [
        "ReceivedOnline", "ReceivedOffline", "CarriedOver", "ResolvedEarly", "ResolvedOnTime", "ResolvedLate",
        "PendingWithin", "PendingOverdue", "Received", "Handled", "Resolved", "Pending",
    ];

    /// <summary>Rewrites every group in which the batch has facts; call it once the batch's facts are written.</summary>
    public static async Task RefreshBatchAsync(KpiDbContext db, int batchId, CancellationToken ct = default) =>
        await RefreshAsync(db, await GroupsOfBatchAsync(db, batchId, ct), ct);

    /// <summary>The groups in which the batch has facts now: read them before facts of the batch are deleted.</summary>
    public static async Task<IReadOnlyList<SummaryGroup>> GroupsOfBatchAsync(KpiDbContext db, int batchId, CancellationToken ct = default)
    {
        var groups = await db.Facts.Where(f => f.BatchId == batchId)
            .Select(f => new { f.Period, f.ProvinceCode }).Distinct()
            .ToListAsync(ct);
        return [.. groups.Select(g => new SummaryGroup(g.Period, g.ProvinceCode))];
    }

    public static async Task RefreshAsync(KpiDbContext db, IEnumerable<SummaryGroup> groups, CancellationToken ct = default)
    {
        // One month at a time, its provinces as parameters: a few statements even for a nationwide batch.
        foreach (var month in groups.GroupBy(g => g.Period).OrderBy(m => m.Key))
        {
            var provinces = month.Select(g => g.ProvinceCode).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            object[] parameters = [month.Key, .. provinces];
            var where = $"\"Period\" = {{0}} AND \"ProvinceCode\" IN ({string.Join(", ", provinces.Select((_, i) => $"{{{i + 1}}}"))})";
            await db.FactSummaries.Where(s => s.Period == month.Key && provinces.Contains(s.ProvinceCode)).ExecuteDeleteAsync(ct);
            await db.Database.ExecuteSqlRawAsync(InsertFromFacts(where), parameters, ct);
        }
    }

    /// <summary>Rewrites the whole table, for facts written without a batch (test seeds) and for checks.</summary>
    public static async Task RefreshAllAsync(KpiDbContext db, CancellationToken ct = default)
    {
        await db.FactSummaries.ExecuteDeleteAsync(ct);
        await db.Database.ExecuteSqlRawAsync(InsertFromFacts("1 = 1"), ct);
    }

    /// <summary>INSERT … SELECT … GROUP BY over the facts matching <paramref name="where"/>.</summary>
    internal static string InsertFromFacts(string where)
    {
        const string level = "\"CommuneCode\" IS NOT NULL";
        var columns = string.Join(", ", Measures.Select(m => $"\"{m}\", \"{m}Known\""));
        var sums = string.Join(", ", Measures.Select(m => $"SUM(\"{m}\"), COUNT(\"{m}\")"));
        return $"INSERT INTO \"FactSummaries\" (\"Period\", \"ProvinceCode\", \"FieldCode\", \"CommuneLevel\", \"Rows\", \"DemoRows\", {columns}) " +
               $"SELECT \"Period\", \"ProvinceCode\", \"FieldCode\", {level}, COUNT(*), SUM(CASE WHEN \"IsDemo\" THEN 1 ELSE 0 END), {sums} " +
               $"FROM \"Facts\" WHERE {where} GROUP BY \"Period\", \"ProvinceCode\", \"FieldCode\", {level}";
    }
}

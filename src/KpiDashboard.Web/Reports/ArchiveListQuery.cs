using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Excel;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Reports;

/// <summary>
/// The archived reports the reader may see (<see cref="ArchivedReport.ReadableBy"/>; a file without a recorded scope counts
/// as nation-wide), newest first, each marked stale when a batch written after it changed a fact of its period,
/// or a batch was rolled back since. Staleness is judged per period: a file may be marked stale for a change in another
/// province of the same period, never the other way round.
/// </summary>
public sealed class ArchiveListQuery(KpiDbContext db, ReportArchive archive, AccessScope access)
{
    public const int MaxListed = 200;

    public async Task<IReadOnlyList<ArchivedRow>> ListAsync(CancellationToken ct)
    {
        var reports = (await archive.ListAsync(ct: ct)).Where(r => r.ReadableBy(access)).Take(MaxListed).ToList();
        if (reports.Count == 0) return [];
        // Few batches are ever rolled back; comparing their times in memory avoids SQLite's DateTimeOffset limits.
        var rollbacks = await db.Batches.AsNoTracking().Where(b => b.RolledBackUtc != null).Select(b => b.RolledBackUtc!.Value).ToListAsync(ct);
        var newest = new Dictionary<(int, int), int>();
        var rows = new List<ArchivedRow>(reports.Count);
        foreach (var report in reports)
        {
            var version = report.DataVersion ?? -1;
            var stale = version < 0 || rollbacks.Any(r => r > report.CreatedUtc);
            if (!stale && Period.TryParse(report.Period, out var period))
            {
                var key = (period.First.Key, period.Last.Key);
                if (!newest.TryGetValue(key, out var latest))
                {
                    latest = await db.Facts.AsNoTracking().Where(f => f.Period >= key.Item1 && f.Period <= key.Item2)
                        .MaxAsync(f => (int?)f.BatchId, ct) ?? 0;
                    newest[key] = latest;
                }
                stale = latest > version;
            }
            rows.Add(new ArchivedRow(report, stale));
        }
        return rows;
    }
}

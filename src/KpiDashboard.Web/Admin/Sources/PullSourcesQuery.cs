using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Admin;

/// <summary>Builds the sources page: each configured source beside what its last pull recorded.</summary>
public sealed class PullSourcesQuery(KpiDbContext db, IOptions<PullOptions> options)
{
    public async Task<IReadOnlyList<PullSourceRow>> BuildAsync(CancellationToken ct)
    {
        var states = await db.PullSources.AsNoTracking()
            .Select(s => new PullSourceLast(s.Name, s.LastAttemptUtc, s.LastStatus, s.LastRows, s.LastBatchId, s.LastError))
            .ToDictionaryAsync(s => s.Name, StringComparer.OrdinalIgnoreCase, ct);
        return options.Value.Sources
            .Select(s => new PullSourceRow(s.Name, s.Url, s.Format, s.Schedule, states.GetValueOrDefault(s.Name)))
            .ToList();
    }
}

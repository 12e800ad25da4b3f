using System.Globalization;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// A token that changes whenever the figures can have changed: every ingest adds a batch and every rollback
/// stamps one, so the number of batches, the highest id and the number rolled back together identify the data.
/// </summary>
public sealed class DataVersion(KpiDbContext db)
{
    private string? _value;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (_value is not null) return _value;
        var count = await db.Batches.CountAsync(ct);
        var maxId = await db.Batches.MaxAsync(b => (int?)b.Id, ct) ?? 0;
        var rolledBack = await db.Batches.CountAsync(b => b.RolledBackUtc != null, ct);
        _value = string.Create(CultureInfo.InvariantCulture, $"{count}-{maxId}-{rolledBack}");
        return _value;
    }

    /// <summary>When the newest batch landed or was rolled back, UTC; null before any data.</summary>
    public async Task<DateTimeOffset?> LastChangeAsync(CancellationToken ct)
    {
        // SQLite cannot order by DateTimeOffset; a few hundred batches are read and compared here.
        var stamps = await db.Batches.AsNoTracking().Select(b => new { b.CreatedUtc, b.RolledBackUtc }).ToListAsync(ct);
        return stamps.Count == 0 ? null : stamps.Max(s => s.RolledBackUtc is { } r && r > s.CreatedUtc ? r : s.CreatedUtc);
    }
}

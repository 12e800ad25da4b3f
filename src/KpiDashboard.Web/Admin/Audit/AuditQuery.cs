using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Admin;

/// <summary>Builds the audit page: the newest entries matching actor, action and dates (Vietnam time, inclusive).</summary>
public sealed class AuditQuery(KpiDbContext db)
{
    public const int Limit = 500;

    public async Task<AuditModel> BuildAsync(string? actor, string? kind, string? from, string? to, CancellationToken ct)
    {
        var q = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(actor)) q = q.Where(e => e.Actor.Contains(actor.Trim()));
        if (!string.IsNullOrWhiteSpace(kind)) q = q.Where(e => e.Action.StartsWith(kind.Trim()));
        if (Day(from, "from") is { } start) q = q.Where(e => e.WhenUtc >= start);
        if (Day(to, "to") is { } end)
        {
            var next = end.AddDays(1);
            q = q.Where(e => e.WhenUtc < next);
        }
        var entries = await q.OrderByDescending(e => e.Id).Take(Limit)
            .Select(e => new AuditRow(e.WhenUtc, e.Actor, e.Action, e.Details, e.Address)).ToListAsync(ct);
        return new AuditModel(actor, kind, from, to, entries, Limit);
    }

    private static DateTimeOffset? Day(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DayText.TryParse(text, out var day)) return VietnamTime.StartOf(day);
        throw InvalidQueryException.BadRequest($"Ngày không hợp lệ ({name}): \"{text}\" (yyyy-MM-dd, năm 1900–2100).",
            $"Invalid date ({name}) \"{text}\" (yyyy-MM-dd, years 1900–2100).");
    }
}

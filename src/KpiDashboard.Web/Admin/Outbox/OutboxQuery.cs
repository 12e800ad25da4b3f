using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Admin;

public sealed class OutboxQuery(KpiDbContext db)
{
    public const int MaxRows = 500;

    public async Task<OutboxModel> BuildAsync(string? status, string? period, CancellationToken ct)
    {
        OutboxStatus? s = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            s = Enum.TryParse<OutboxStatus>(status, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(status.Trim()[0])
                ? parsed
                : throw InvalidQueryException.BadRequest($"Trạng thái \"{status}\" không hợp lệ (queued, sending, sent, failed, cancelled, uncertain).",
                    $"Invalid status \"{status}\" (queued, sending, sent, failed, cancelled, uncertain).");
        }
        string? p = null;
        if (!string.IsNullOrWhiteSpace(period))
        {
            p = Period.TryParse(period, out var parsed) && parsed.Kind == PeriodKind.Month ? parsed.ToString()
                : throw InvalidQueryException.BadRequest($"Tháng không hợp lệ: \"{period}\" (ví dụ 2025-07).", $"Invalid month \"{period}\" (e.g. 2025-07).");
        }

        var q = db.OutboxMessages.AsNoTracking();
        if (p is not null) q = q.Where(m => m.Period == p);
        var counts = await q.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        if (s is { } only) q = q.Where(m => m.Status == only);
        var matching = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(m => m.Id).Take(MaxRows)
            .Select(m => new OutboxRow(m.Id, m.Period, m.Status, m.Attempts, m.CreatedUtc, m.NextAttemptUtc, m.SentUtc, m.LastError,
                m.MessageId, m.LeaseOwner, m.SubscriptionId, m.Recipient ?? m.Subscription!.Email, m.Subscription!.Scope, m.Subject))
            .ToListAsync(ct);
        return new OutboxModel(rows, counts, s, p, matching);
    }
}

using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Reporting.Email;

/// <summary>The outbox of one month (summaries and reminders): the count in each state and every message not settled yet, next due first.</summary>
public sealed class OutboxStatusQuery(KpiDbContext db)
{
    public async Task<OutboxStatusReport> BuildAsync(Month period, CancellationToken ct = default)
    {
        var text = period.ToString();
        var rows = db.OutboxMessages.AsNoTracking().Where(m => m.Period == text);
        var counts = await rows.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var waiting = await rows.Where(m => m.Status != OutboxStatus.Sent && m.Status != OutboxStatus.Cancelled)
            .OrderBy(m => m.NextAttemptUtc).ThenBy(m => m.Id)
            .Select(m => new OutboxWaitingRow(m.Id, m.Recipient ?? m.Subscription!.Email, m.Status, m.Attempts, m.NextAttemptUtc, m.LastError, m.MessageId))
            .ToListAsync(ct);
        return new OutboxStatusReport(text, Enum.GetValues<OutboxStatus>().ToDictionary(s => s, counts.GetValueOrDefault), waiting);
    }
}

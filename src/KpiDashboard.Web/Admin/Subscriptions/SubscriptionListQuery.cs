using KpiDashboard.Metrics.Data;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Admin;

public sealed class SubscriptionListQuery(KpiDbContext db, SubscriptionService subscriptions, PageFilters filters)
{
    public async Task<SubscriptionsModel> BuildAsync(string? message, CancellationToken ct)
    {
        var units = await filters.UnitsAsync(ct);
        var list = await subscriptions.ListAsync(includeInactive: true, ct);
        // The newest outbox row of each subscription: one grouped query, not one per row.
        var lastIds = await db.OutboxMessages.AsNoTracking().Where(m => m.SubscriptionId != null).GroupBy(m => m.SubscriptionId).Select(g => g.Max(m => m.Id)).ToListAsync(ct);
        var last = await db.OutboxMessages.AsNoTracking().Where(m => lastIds.Contains(m.Id))
            .Select(m => new { SubscriptionId = m.SubscriptionId!.Value, m.Period, m.Status }).ToDictionaryAsync(m => m.SubscriptionId, ct);
        var rows = list.Select(s => new SubscriptionRow(s.Id, s.Email, s.DisplayName, s.Language, s.IsActive, ScopeLabels.Of(s.Scope, units),
            last.GetValueOrDefault(s.Id)?.Period, last.GetValueOrDefault(s.Id)?.Status)).ToList();
        var month = await filters.MonthAsync(null, ct);
        return new SubscriptionsModel(rows, rows.Count(r => r.IsActive), month.ToString(), message);
    }
}

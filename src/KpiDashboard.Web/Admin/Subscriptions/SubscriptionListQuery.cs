using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Admin;

/// <summary>
/// One page of the subscriptions, by address, optionally those whose address or unit contains a text: an import of tens of
/// thousands of subscriptions is a list of pages, not one page of megabytes.
/// </summary>
public sealed class SubscriptionListQuery(KpiDbContext db, PageFilters filters)
{
    public const int PageSize = 100;

    public const int MaxSearchChars = 100;

    public async Task<SubscriptionsModel> BuildAsync(string? message, string? q, string? page, CancellationToken ct)
    {
        var pageNumber = PageFilters.PageNumber(page);
        var search = Search(q);
        var units = await filters.UnitsAsync(ct);
        var all = db.Subscriptions.AsNoTracking();
        var total = await all.CountAsync(ct);
        var active = await all.CountAsync(s => s.IsActive, ct);
        var found = all;
        if (search is not null)
        {
            var email = search.ToLowerInvariant();
            var scopes = ScopesNamed(search, units);
            // One parameter for the scopes, however many units match ("xã" matches thousands).
            found = all.Where(s => s.Email.Contains(email) || EF.Parameter(scopes).Contains(s.Scope));
        }
        var matching = search is null ? total : await found.CountAsync(ct);
        var pageCount = Math.Max(1, (matching + PageSize - 1) / PageSize);
        pageNumber = Math.Min(pageNumber, pageCount);
        var list = await found.OrderBy(s => s.Email).ThenBy(s => s.Scope).ThenBy(s => s.Id)
            .Skip((pageNumber - 1) * PageSize).Take(PageSize).ToListAsync(ct);

        // The newest outbox row of each subscription shown: one grouped query, not one per row.
        var ids = list.Select(s => (int?)s.Id).ToList();
        var lastIds = await db.OutboxMessages.AsNoTracking().Where(m => ids.Contains(m.SubscriptionId)).GroupBy(m => m.SubscriptionId).Select(g => g.Max(m => m.Id)).ToListAsync(ct);
        var last = await db.OutboxMessages.AsNoTracking().Where(m => lastIds.Contains(m.Id))
            .Select(m => new { SubscriptionId = m.SubscriptionId!.Value, m.Period, m.Status }).ToDictionaryAsync(m => m.SubscriptionId, ct);
        var rows = list.Select(s => new SubscriptionRow(s.Id, s.Email, s.DisplayName, s.Language, s.IsActive, ScopeLabels.Of(s.Scope, units),
            last.GetValueOrDefault(s.Id)?.Period, last.GetValueOrDefault(s.Id)?.Status)).ToList();
        var month = await filters.MonthAsync(null, ct);
        return new SubscriptionsModel(rows, active, total, matching, pageNumber, pageCount, search, month.ToString(), message);
    }

    private static string? Search(string? q)
    {
        if (string.IsNullOrWhiteSpace(q)) return null;
        var text = q.Trim();
        if (text.Length > MaxSearchChars)
            throw InvalidQueryException.BadRequest($"Từ tìm kiếm quá dài (tối đa {MaxSearchChars} ký tự).", $"The search text is too long (at most {MaxSearchChars} characters).");
        return text;
    }

    /// <summary>The stored scopes ("province:25", "commune:25231") of the units whose code is the text or whose name contains it, tone marks aside.</summary>
    private static List<string> ScopesNamed(string text, Units units)
    {
        var key = VietnameseText.PlainKey(text);
        bool Named(string code, string name) => code == text || (key.Length > 0 && VietnameseText.PlainKey(name).Contains(key, StringComparison.Ordinal));
        var scopes = new List<string>();
        if (key.Length > 0 && (VietnameseText.PlainKey("Toàn quốc").Contains(key, StringComparison.Ordinal) || "nationwide".Contains(key, StringComparison.Ordinal)))
            scopes.Add(SubscriptionScope.Nation);
        scopes.AddRange(units.Provinces.Where(p => Named(p.Code, p.FullName)).Select(p => $"province:{p.Code}"));
        scopes.AddRange(units.CommuneByCode.Values.Where(c => Named(c.Code, c.FullName)).Select(c => $"commune:{c.Code}"));
        return scopes;
    }
}

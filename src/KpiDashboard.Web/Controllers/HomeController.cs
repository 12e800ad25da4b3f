using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Controllers;

public sealed class HomeController(KpiDbContext db, FigureQuery figures) : Controller
{
    /// <summary>The national overview of a month: the latest month with figures unless ?period= says otherwise.</summary>
    public async Task<IActionResult> Index(string? period, CancellationToken ct)
    {
        Period? chosen = null;
        if (!string.IsNullOrEmpty(period) && !Period.TryParse(period, out chosen!))
            return BadRequest($"Kỳ không hợp lệ / invalid period '{period}'");
        var latest = await db.Facts.MaxAsync(f => (int?)f.Period, ct);
        chosen ??= latest is { } key ? Period.OfMonth(Month.FromKey(key)) : null;
        if (chosen is null) return View(new OverviewModel(null, null, []));

        var provinces = await db.Provinces.AsNoTracking().ToDictionaryAsync(p => p.Code, ct);
        var byProvince = await figures.ByProvinceAsync(Scope.Nation, chosen, ct);
        var rows = byProvince
            .Select(g => new ProvinceRow(provinces[g.Key], g.Figures))
            .OrderBy(r => r.Province.Name, VietnameseOrder.Comparer)
            .ToList();
        var total = await figures.TotalAsync(Scope.Nation, chosen, ct);
        return View(new OverviewModel(chosen, total, rows));
    }

    public IActionResult Error() => Problem();
}

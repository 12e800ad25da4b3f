using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Admin;

/// <summary>/admin/audit: who did what, searchable by actor, action and dates (Vietnam time, inclusive), newest first.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AuditController(KpiDbContext db) : Controller
{
    private const int Limit = 500;

    [HttpGet("/admin/audit")]
    // "action" is also MVC's route value (the action name): bind it from the query by name.
    public async Task<IActionResult> Index(string? actor, [FromQuery(Name = "action")] string? kind, string? from, string? to, CancellationToken ct)
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
        var entries = await q.OrderByDescending(e => e.Id).Take(Limit).ToListAsync(ct);
        return View("~/Admin/Audit/Index.cshtml", new AuditModel(actor, kind, from, to, entries, Limit));
    }

    private static DateTimeOffset? Day(string? text, string name)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        if (DayText.TryParse(text, out var day)) return VietnamTime.StartOf(day);
        throw InvalidQueryException.BadRequest($"Ngày không hợp lệ ({name}): \"{text}\" (yyyy-MM-dd, năm 1900–2100).",
            $"Invalid date ({name}) \"{text}\" (yyyy-MM-dd, years 1900–2100).");
    }
}

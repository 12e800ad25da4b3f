using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Models;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Controllers;

/// <summary>
/// /unsubscribe/{token} from the e-mail link and the List-Unsubscribe header: GET asks (mail scanners follow links,
/// so a GET must not unsubscribe), POST unsubscribes — also the RFC 8058 one-click POST "List-Unsubscribe=One-Click".
/// The signed token is the authorisation, so there is no login and no antiforgery token.
/// </summary>
[Route("unsubscribe/{token}")]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeController(KpiDbContext db, UnsubscribeToken tokens, AuditLog audit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Confirm(string token, CancellationToken ct)
    {
        if (!tokens.TryValidate(token, out var id)) return Invalid(token);
        var subscription = await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null) return Invalid(token);
        return View("Index", new UnsubscribeModel(token, true, !subscription.IsActive, subscription.Email, subscription.Scope));
    }

    [HttpPost]
    public async Task<IActionResult> Unsubscribe(string token, CancellationToken ct)
    {
        if (!tokens.TryValidate(token, out var id)) return Invalid(token);
        var subscription = await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (subscription is null) return Invalid(token);
        if (subscription.IsActive)
        {
            await audit.WithEntryAsync(async c =>
            {
                subscription.IsActive = false;
                return await db.SaveChangesAsync(c);
            }, _ => new AuditNote(subscription.Email, "subscription.unsubscribe", $"#{subscription.Id} {subscription.Scope}", ClientAddress.Of(HttpContext)), ct);
        }
        return View("Index", new UnsubscribeModel(token, true, true, subscription.Email, subscription.Scope));
    }

    private ViewResult Invalid(string token)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new UnsubscribeModel(token, false, false, null, null));
    }
}

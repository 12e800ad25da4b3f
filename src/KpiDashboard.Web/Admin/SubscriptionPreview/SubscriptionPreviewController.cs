using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Admin;

/// <summary>
/// A subscription's e-mail for any month as the subscriber would get it: the page shows envelope, headers, text and
/// attachments, and frames the HTML body; "send a test to me" delivers the same message to one address only.
/// </summary>
[Route("admin/subscriptions/{id:int}/preview")]
public sealed class SubscriptionPreviewController(EmailPreview preview) : Controller
{
    // The e-mail's HTML carries inline styles (mail clients need them) and must not run anything or be framed elsewhere.
    private const string HtmlPolicy = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'";

    [HttpGet("")]
    public async Task<IActionResult> Index(int id, string? period, CancellationToken ct)
    {
        var subscription = await preview.SubscriptionAsync(id, ct);
        var month = await preview.MonthAsync(period, ct);
        return View(await preview.ModelAsync(subscription, month, EmailPreview.AddressOf(User), null, ct));
    }

    [HttpGet("html")]
    public async Task<IActionResult> Html(int id, string? period, CancellationToken ct)
    {
        var subscription = await preview.SubscriptionAsync(id, ct);
        var month = await preview.MonthAsync(period, ct);
        var message = await preview.ComposeAsync(subscription, month, ct);
        Response.Headers.ContentSecurityPolicy = HtmlPolicy;
        Response.Headers.XContentTypeOptions = "nosniff";
        return Content(EmailPreview.HtmlForBrowser(message, id, month), "text/html; charset=utf-8");
    }

    [HttpGet("part")]
    public async Task<IActionResult> Part(int id, string? period, string? cid, CancellationToken ct)
    {
        var subscription = await preview.SubscriptionAsync(id, ct);
        var month = await preview.MonthAsync(period, ct);
        var message = await preview.ComposeAsync(subscription, month, ct);
        var part = string.IsNullOrEmpty(cid) ? null : await EmailPreview.PartAsync(message, cid, ct);
        if (part is not { } p) throw InvalidQueryException.NotFound($"Thư không có phần \"{cid}\".", $"The e-mail has no part \"{cid}\".");
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(p.Content, p.ContentType);
    }

    /// <summary>
    /// Sends the previewed e-mail to the signed-in user's address. Until sign-in exists there is no such address,
    /// so the form asks for one; once it does, the user's own address is used and the field is ignored.
    /// </summary>
    [HttpPost("test")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Test(int id, [FromForm] string? period, [FromForm] string? to, CancellationToken ct)
    {
        var subscription = await preview.SubscriptionAsync(id, ct);
        var month = await preview.MonthAsync(period, ct);
        var address = EmailPreview.AddressOf(User) ?? EmailAddress.Normalize(to)
            ?? throw InvalidQueryException.BadRequest($"Địa chỉ nhận thư thử không hợp lệ: \"{to}\".", $"Invalid address for the test: \"{to}\".");
        var result = await preview.SendTestAsync(subscription, month, address, ct);
        return View("Index", await preview.ModelAsync(subscription, month, address, result, ct));
    }
}

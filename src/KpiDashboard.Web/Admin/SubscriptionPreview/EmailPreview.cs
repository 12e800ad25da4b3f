using System.Security.Claims;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;
using KpiDashboard.Web.Reports;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace KpiDashboard.Web.Admin;

/// <summary>
/// Composes a subscription's e-mail with the same <see cref="SummaryComposer"/> the outbox uses, for the browser
/// (inline parts served by URL instead of cid:) and for a test message to another address. A test never touches
/// the outbox: its one row per (subscription, period) must stay free for the real e-mail.
/// </summary>
public sealed partial class EmailPreview(KpiDbContext db, SummaryComposer composer, PageFilters filters, IServiceProvider services)
{
    public const string TestSubjectPrefix = "[Thử / Test] ";

    public async Task<Subscription> SubscriptionAsync(int id, CancellationToken ct) =>
        await db.Subscriptions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, ct)
        ?? throw InvalidQueryException.NotFound($"Không có đăng ký số {id}.", $"There is no subscription {id}.");

    /// <summary>The month asked for, or the latest with figures; summaries are monthly, so a quarter or year is refused.</summary>
    public async Task<Month> MonthAsync(string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return await filters.MonthAsync(null, ct);
        if (Period.TryParse(text, out var p) && p.Kind == PeriodKind.Month) return p.First;
        throw InvalidQueryException.BadRequest($"Tháng không hợp lệ: \"{text}\". Thư báo cáo theo tháng, ví dụ 2025-07.",
            $"Invalid month \"{text}\". Summaries are monthly, e.g. 2025-07.");
    }

    public Task<MimeMessage> ComposeAsync(Subscription subscription, Month month, CancellationToken ct) =>
        composer.ComposeAsync(subscription, month, null, ct);

    public async Task<PreviewModel> ModelAsync(Subscription subscription, Month month, string? testAddress, TestSendResult? result, CancellationToken ct)
    {
        var message = await ComposeAsync(subscription, month, ct);
        var units = await filters.UnitsAsync(ct);
        var scope = SubscriptionScope.ToScope(subscription.Scope, units.Directory);
        var formUrl = ReportLinks.Download("form06", Period.OfMonth(month), scope.ProvinceCode, scope.CommuneCode, null, LanguageText.ParseOrVietnamese(subscription.Language));
        var attachments = message.Attachments.OfType<MimePart>()
            .Select(p => new PreviewAttachment(p.FileName ?? "", p.ContentType.MimeType, Length(p),
                p.FileName?.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) == true ? formUrl : null))
            .ToList();
        string[] shown = ["List-Unsubscribe", "List-Unsubscribe-Post", "Content-Language"];
        var headers = shown.Where(h => message.Headers.Contains(h)).Select(h => (h, message.Headers[h] ?? "")).ToList();
        var row = new SubscriptionRow(subscription.Id, subscription.Email, subscription.DisplayName, subscription.Language, subscription.IsActive,
            ScopeLabels.Of(subscription.Scope, units), null, null);
        return new PreviewModel(row, month.ToString(), message.Subject ?? "", message.From.ToString(), message.To.ToString(), headers,
            message.TextBody, attachments, $"{Base(subscription.Id)}/html?period={month}", testAddress, result);
    }

    /// <summary>The HTML body with every cid: reference pointing at this app, so the browser shows the inline chart.</summary>
    public static string HtmlForBrowser(MimeMessage message, int id, Month month) =>
        CidReference().Replace(message.HtmlBody ?? "", m =>
            $"src=\"{Base(id)}/part?period={month}&amp;cid={Uri.EscapeDataString(m.Groups[1].Value)}\"");

    /// <summary>The inline part with this Content-ID, decoded, or null.</summary>
    public static async Task<(byte[] Content, string ContentType)?> PartAsync(MimeMessage message, string cid, CancellationToken ct)
    {
        var part = message.BodyParts.OfType<MimePart>().FirstOrDefault(p => p.ContentId == cid);
        if (part?.Content is null) return null;
        using var buffer = new MemoryStream();
        await part.Content.DecodeToAsync(buffer, ct);
        return (buffer.ToArray(), part.ContentType.MimeType);
    }

    /// <summary>The signed-in user's address once sign-in exists (e-mail claim, or a user name that is an address).</summary>
    public static string? AddressOf(ClaimsPrincipal user) =>
        EmailAddress.Normalize(user.FindFirstValue(ClaimTypes.Email)) ?? EmailAddress.Normalize(user.Identity?.Name);

    /// <summary>Sends the subscription's e-mail to <paramref name="to"/> only, marked as a test in the subject.</summary>
    public async Task<TestSendResult> SendTestAsync(Subscription subscription, Month month, string to, CancellationToken ct)
    {
        var message = await ComposeAsync(subscription, month, ct);
        message.To.Clear();
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = TestSubjectPrefix + message.Subject;
        try
        {
            await using var sender = services.GetRequiredService<IMailSender>();
            return new TestSendResult(true, to, await sender.SendAsync(message, ct));
        }
        catch (MailSendException e)
        {
            return new TestSendResult(false, to, e.Reply);
        }
    }

    private static string Base(int id) => $"/admin/subscriptions/{id}/preview";

    private static long Length(MimePart part)
    {
        using var buffer = new MemoryStream();
        part.Content?.DecodeTo(buffer);
        return buffer.Length;
    }

    [GeneratedRegex("src=\"cid:([^\"]+)\"", RegexOptions.IgnoreCase)]
    private static partial Regex CidReference();
}

using System.Text;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Charts;
using MimeKit;
using MimeKit.Utils;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// The MIME structure: multipart/mixed [ multipart/related [ multipart/alternative [text, html], chart.png and map.png by Content-ID ], form .xlsx ],
/// with List-Unsubscribe and List-Unsubscribe-Post (RFC 8058) headers.
/// </summary>
public static class SummaryMessage
{
    /// <summary>The width the map is shown at: it keeps its proportions, and shrinks on a phone.</summary>
    private const int MapWidth = 480;

    public static MimeMessage Build(SummaryData data, MailboxAddress from, MailboxAddress to, byte[] chartPng, byte[] mapPng, MailAttachment? attachment, string? messageId)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(to);
        message.Subject = SummaryText.Subject(data);
        message.MessageId = messageId ?? MimeUtils.GenerateMessageId();
        message.Headers.Add("List-Unsubscribe", $"<{data.UnsubscribeUrl}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.Headers.Add("Content-Language", data.Language.Code());

        var builder = new BodyBuilder { TextBody = Text(data, attachment is not null), HtmlBody = Html(data, attachment is not null) };
        var image = builder.LinkedResources.Add("trend.png", chartPng, ContentType.Parse("image/png"));
        image.ContentId = SummaryComposer.ChartContentId;
        builder.LinkedResources.Add("map.png", mapPng, ContentType.Parse("image/png")).ContentId = SummaryComposer.MapContentId;
        if (attachment is not null)
            builder.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        message.Body = builder.ToMessageBody();
        return message;
    }

    public static string Html(SummaryData d, bool attached)
    {
        var h = SummaryText.Header(d);
        var sb = new StringBuilder();
        sb.Append($"<!DOCTYPE html><html lang=\"{d.Language.Code()}\"><head><meta charset=\"utf-8\"><title>{E(SummaryText.Subject(d))}</title></head>");
        sb.Append("<body style=\"font-family:Arial,Helvetica,sans-serif;color:#1a1a1a;max-width:680px\">");
        sb.Append($"<p>{E(SummaryText.Greeting(d))}</p><p>{E(SummaryText.Intro(d))}</p>");
        foreach (var notice in SummaryText.Notices(d))
            sb.Append($"<p style=\"background:#fff4ce;border-left:4px solid #c98a00;padding:6px 10px\"><strong>{E(notice)}</strong></p>");
        sb.Append("<table style=\"border-collapse:collapse;width:100%\" cellpadding=\"5\">");
        sb.Append($"<thead><tr style=\"background:#eef2f7\"><th align=\"left\">{E(h.Label)}</th><th align=\"right\">{E(h.Value)}</th><th align=\"right\">{E(h.Previous)}</th><th align=\"right\">{E(h.LastYear)}</th></tr></thead><tbody>");
        foreach (var line in SummaryText.Lines(d))
            sb.Append($"<tr style=\"border-top:1px solid #dde3ea\"><td>{E(line.Label)}</td><td align=\"right\"><strong>{E(line.Value)}{(line.Incomplete ? "*" : "")}</strong></td><td align=\"right\">{E(line.VsPrevious)}</td><td align=\"right\">{E(line.VsLastYear)}</td></tr>");
        sb.Append("</tbody></table>");
        if (SummaryText.ApproximateNote(d) is { } approximate) sb.Append($"<p style=\"font-size:13px;color:#555\">{E(approximate)}</p>");
        if (SummaryText.Rank(d) is { } rank) sb.Append($"<p>{E(rank)}</p>");
        AppendList(sb, SummaryText.TopFieldsTitle(d), d.TopFields.Select(n => SummaryText.NamedCount(d, n)), SummaryText.None(d));
        AppendList(sb, SummaryText.TopLateTitle(d), d.TopLateFields.Select(n => SummaryText.NamedCount(d, n)), SummaryText.None(d));
        if (SummaryText.SilentCommunes(d) is { } silent) sb.Append($"<p>{E(silent)}</p>");
        var chartAlt = SummaryText.TrendChart(d).AltText();
        sb.Append($"<p><img src=\"cid:{SummaryComposer.ChartContentId}\" width=\"640\" height=\"300\" alt=\"{E(chartAlt)}\" style=\"max-width:100%;height:auto\"></p>");
        if (d.TrendAsTable) AppendTrendTable(sb, d);
        sb.Append($"<h3 style=\"font-size:15px;margin:14px 0 4px\">{E(SummaryText.MapTitle(d))}</h3>");
        sb.Append($"<p><img src=\"cid:{SummaryComposer.MapContentId}\" width=\"{MapWidth}\" alt=\"{E(SummaryText.MapAlt(d))}\" style=\"max-width:100%;height:auto\"></p>");
        sb.Append($"<p>{E(SummaryText.AttachmentNote(d, attached))}</p>");
        sb.Append($"<p><a href=\"{E(d.DashboardUrl)}\">{E(SummaryText.DashboardLink(d))}</a></p>");
        sb.Append($"<hr><p style=\"font-size:12px;color:#555\">{E(SummaryText.Footer(d))} <a href=\"{E(d.UnsubscribeUrl)}\">{E(SummaryText.Unsubscribe(d))}</a></p>");
        sb.Append("</body></html>");
        return sb.ToString();
    }

    private static void AppendTrendTable(StringBuilder sb, SummaryData d)
    {
        var h = SummaryText.TrendTableHeader(d);
        sb.Append($"<h3 style=\"font-size:15px;margin:14px 0 4px\">{E(SummaryText.TrendTableTitle(d))}</h3>");
        sb.Append("<table style=\"border-collapse:collapse;width:100%\" cellpadding=\"4\">");
        sb.Append($"<thead><tr style=\"background:#eef2f7\"><th align=\"left\">{E(h.Month)}</th><th align=\"right\">{E(h.Received)}</th><th align=\"right\">{E(h.Resolved)}</th><th align=\"right\">{E(h.Rate)}</th></tr></thead><tbody>");
        foreach (var row in SummaryText.TrendTable(d))
            sb.Append($"<tr style=\"border-top:1px solid #dde3ea\"><td>{E(row.Month)}</td><td align=\"right\">{E(row.Received)}</td><td align=\"right\">{E(row.Resolved)}</td><td align=\"right\">{E(row.Rate)}</td></tr>");
        sb.Append("</tbody></table>");
    }

    private static void AppendList(StringBuilder sb, string title, IEnumerable<string> items, string none)
    {
        var list = items.ToList();
        sb.Append($"<h3 style=\"font-size:15px;margin:14px 0 4px\">{E(title)}</h3>");
        if (list.Count == 0) sb.Append($"<p>{E(none)}</p>");
        else sb.Append("<ol>").AppendJoin("", list.Select(i => $"<li>{E(i)}</li>")).Append("</ol>");
    }

    /// <summary>
    /// Escapes only the markup characters: Vietnamese letters stay as they are (the part is UTF-8), where
    /// WebUtility.HtmlEncode would turn "ú" or "à" into numeric references.
    /// </summary>
    internal static string E(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal).Replace("'", "&#39;", StringComparison.Ordinal);

    public static string Text(SummaryData d, bool attached)
    {
        var h = SummaryText.Header(d);
        var sb = new StringBuilder();
        sb.AppendLine(SummaryText.Greeting(d)).AppendLine().AppendLine(SummaryText.Intro(d)).AppendLine();
        foreach (var notice in SummaryText.Notices(d)) sb.AppendLine($"!! {notice}");
        if (SummaryText.Notices(d).Count > 0) sb.AppendLine();
        var lines = SummaryText.Lines(d);
        var width = lines.Max(l => l.Label.Length) + 2;
        sb.AppendLine($"{h.Label.PadRight(width)}{h.Value,14}   {h.Previous} / {h.LastYear}");
        foreach (var l in lines)
            sb.AppendLine($"{l.Label.PadRight(width)}{(l.Value + (l.Incomplete ? "*" : "")),14}   {l.VsPrevious} / {l.VsLastYear}");
        sb.AppendLine();
        if (SummaryText.ApproximateNote(d) is { } approximate) sb.AppendLine(approximate).AppendLine();
        if (SummaryText.Rank(d) is { } rank) sb.AppendLine(rank).AppendLine();
        AppendTextList(sb, SummaryText.TopFieldsTitle(d), d.TopFields.Select(n => SummaryText.NamedCount(d, n)), SummaryText.None(d));
        AppendTextList(sb, SummaryText.TopLateTitle(d), d.TopLateFields.Select(n => SummaryText.NamedCount(d, n)), SummaryText.None(d));
        if (SummaryText.SilentCommunes(d) is { } silent) sb.AppendLine(silent).AppendLine();
        sb.AppendLine(SummaryText.TrendChart(d).AltText()).AppendLine();
        if (d.TrendAsTable) AppendTrendText(sb, d);
        sb.AppendLine(SummaryText.MapAlt(d)).AppendLine();
        sb.AppendLine(SummaryText.AttachmentNote(d, attached));
        sb.AppendLine($"{SummaryText.DashboardLink(d)}: {d.DashboardUrl}").AppendLine();
        sb.AppendLine("-- ").AppendLine(SummaryText.Footer(d)).AppendLine($"{SummaryText.Unsubscribe(d)}: {d.UnsubscribeUrl}");
        return sb.ToString();
    }

    private static void AppendTrendText(StringBuilder sb, SummaryData d)
    {
        var h = SummaryText.TrendTableHeader(d);
        var rows = SummaryText.TrendTable(d);
        var width = rows.Select(r => r.Month.Length).Append(h.Month.Length).Max() + 2;
        sb.AppendLine(SummaryText.TrendTableTitle(d) + ":");
        sb.AppendLine($"  {h.Month.PadRight(width)}{h.Received,14}{h.Resolved,16}   {h.Rate}");
        foreach (var r in rows) sb.AppendLine($"  {r.Month.PadRight(width)}{r.Received,14}{r.Resolved,16}   {r.Rate}");
        sb.AppendLine();
    }

    private static void AppendTextList(StringBuilder sb, string title, IEnumerable<string> items, string none)
    {
        sb.AppendLine(title + ":");
        var list = items.ToList();
        if (list.Count == 0) sb.AppendLine($"  {none}");
        for (var i = 0; i < list.Count; i++) sb.AppendLine($"  {i + 1}. {list[i]}");
        sb.AppendLine();
    }
}

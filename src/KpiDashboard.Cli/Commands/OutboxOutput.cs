using System.Globalization;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Email;

namespace KpiDashboard.Cli.Commands;

/// <summary>The outbox's state as `kpi summaries send` and `kpi summaries status` print it.</summary>
internal static class OutboxOutput
{
    public static string Time(DateTimeOffset utc) =>
        VietnamTime.ToVietnam(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) + " (giờ Việt Nam)";

    /// <summary>"chờ gửi 3 thư, lần tới lúc … / waiting: 3, next due at …", or null when nothing is queued.</summary>
    public static string? Waiting(OutboxStatusReport report) => report.NextDue is { } due
        ? $"chờ gửi {report.Queued} thư, lần tới lúc {Time(due)} / waiting: {report.Queued}, next due at {Time(due)}"
        : null;

    /// <summary>Uncertain messages need a person: they may have been delivered and are never sent again automatically.</summary>
    public static string? Uncertain(OutboxStatusReport report) => report.Counts[OutboxStatus.Uncertain] is > 0 and var n
        ? $"không rõ đã gửi {n} thư: hỏi người nhận, rồi đưa lại hàng đợi ở /admin/outbox nếu cần / uncertain: {n}, may have been delivered: check with the recipient, then requeue at /admin/outbox if needed"
        : null;

    public static string Counts(OutboxStatusReport report) =>
        $"{report.Period}: chờ gửi / queued {report.Counts[OutboxStatus.Queued]}, đang gửi / sending {report.Counts[OutboxStatus.Sending]}, " +
        $"đã gửi / sent {report.Counts[OutboxStatus.Sent]}, không rõ / uncertain {report.Counts[OutboxStatus.Uncertain]}, " +
        $"thất bại / failed {report.Counts[OutboxStatus.Failed]}, đã hủy / cancelled {report.Counts[OutboxStatus.Cancelled]}";

    public static string Row(OutboxWaitingRow row) =>
        $"{row.Email}  {Name(row.Status)}  lần thử / attempts {row.Attempts}" +
        (row.Status == OutboxStatus.Queued ? $"  lần tới / next {Time(row.NextAttemptUtc)}" : "") +
        (row.LastError is null ? "" : $"  {row.LastError}");

    public static string Name(OutboxStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The JSON of `kpi summaries status --json`: snake_case keys, times in UTC (ISO 8601).</summary>
    public static object Json(OutboxStatusReport report) => new Dictionary<string, object?>
    {
        ["period"] = report.Period,
        ["counts"] = report.Counts.ToDictionary(c => Name(c.Key), c => c.Value),
        ["next_due_utc"] = report.NextDue,
        ["waiting"] = report.Waiting.Select(w => new Dictionary<string, object?>
        {
            ["id"] = w.Id,
            ["email"] = w.Email,
            ["status"] = Name(w.Status),
            ["attempts"] = w.Attempts,
            ["next_attempt_utc"] = w.NextAttemptUtc,
            ["last_error"] = w.LastError,
            ["message_id"] = w.MessageId,
        }),
    };
}

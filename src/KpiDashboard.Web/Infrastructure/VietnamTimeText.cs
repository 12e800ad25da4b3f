using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>Times are shown in Asia/Ho_Chi_Minh whatever the server's zone.</summary>
public static class VietnamTimeText
{
    /// <summary>"dd/MM/yyyy HH:mm" in both languages, as every date of the dashboard is written.</summary>
    public static string Format(DateTimeOffset utc) => VietnamTime.ToVietnam(utc).ToString("dd/MM/yyyy HH:mm", Ui.Culture);
}

using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>Times are shown in Asia/Ho_Chi_Minh whatever the server's zone.</summary>
public static class VietnamTimeText
{
    /// <summary>"dd/MM/yyyy HH:mm" in Vietnamese; the en-US short pattern in English.</summary>
    public static string Format(DateTimeOffset utc) =>
        VietnamTime.ToVietnam(utc).ToString(Ui.T("dd/MM/yyyy HH:mm", "MM/dd/yyyy HH:mm"), Ui.Culture);
}

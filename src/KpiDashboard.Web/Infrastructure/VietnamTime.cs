namespace KpiDashboard.Web.Infrastructure;

/// <summary>Times are shown in Asia/Ho_Chi_Minh whatever the server's zone.</summary>
public static class VietnamTime
{
    private static readonly TimeZoneInfo Zone = Find();

    public static DateTimeOffset ToVietnam(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>"dd/MM/yyyy HH:mm" in Vietnamese; the en-US short pattern in English.</summary>
    public static string Format(DateTimeOffset utc) => ToVietnam(utc).ToString(Ui.En ? "MM/dd/yyyy HH:mm" : "dd/MM/yyyy HH:mm", Ui.Culture);

    private static TimeZoneInfo Find()
    {
        // A container without tzdata still shows Vietnam's time: UTC+7 has had no daylight saving since 1975.
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Asia/Ho_Chi_Minh", "ICT"); }
    }
}

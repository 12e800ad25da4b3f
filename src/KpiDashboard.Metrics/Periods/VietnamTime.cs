namespace KpiDashboard.Metrics.Periods;

/// <summary>
/// Vietnam's clock (Asia/Ho_Chi_Minh), whatever the server's zone: reports are dated, months are closed and
/// schedules run by it.
/// </summary>
public static class VietnamTime
{
    public static TimeZoneInfo Zone { get; } = Find();

    public static DateTimeOffset ToVietnam(DateTimeOffset time) => TimeZoneInfo.ConvertTime(time, Zone);

    public static DateOnly Today(TimeProvider time) => DateOnly.FromDateTime(ToVietnam(time.GetUtcNow()).DateTime);

    /// <summary>Midnight at the start of a Vietnamese day, as a UTC instant.</summary>
    public static DateTimeOffset StartOf(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Zone.GetUtcOffset(day.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();

    private static TimeZoneInfo Find()
    {
        // A container without tzdata still gets Vietnam's time: UTC+7 has had no daylight saving since 1975.
        try { return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"); }
        catch (TimeZoneNotFoundException) { return TimeZoneInfo.CreateCustomTimeZone("Asia/Ho_Chi_Minh", TimeSpan.FromHours(7), "Asia/Ho_Chi_Minh", "ICT"); }
    }
}

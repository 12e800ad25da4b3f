namespace KpiDashboard.Reporting.Email;

/// <summary>When a failed message is tried again: 1 min, 5 min, 30 min, 2 h, then daily for three days; then it has failed.</summary>
public static class RetrySchedule
{
    public static IReadOnlyList<TimeSpan> Delays { get; } =
    [
        TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2),
        TimeSpan.FromDays(1), TimeSpan.FromDays(1), TimeSpan.FromDays(1),
    ];

    /// <summary>The most attempts a message gets.</summary>
    public static int MaxAttempts => Delays.Count + 1;

    /// <summary>The wait after the attempt numbered <paramref name="attempts"/> (1 = the first) failed, or null to give up.</summary>
    public static TimeSpan? After(int attempts) => attempts >= 1 && attempts <= Delays.Count ? Delays[attempts - 1] : null;
}

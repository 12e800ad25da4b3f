using Cronos;

namespace KpiDashboard.Ingestion.Pulls;

/// <summary>A source's cron schedule, read in Vietnam's time zone whatever the server's zone is.</summary>
public sealed class PullSchedule
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById(PullOptions.TimeZoneId);
    private readonly CronExpression _cron;

    public PullSchedule(string cron) => _cron = CronExpression.Parse(cron);

    /// <summary>The first pull time strictly after <paramref name="now"/>, in UTC.</summary>
    public DateTimeOffset? Next(DateTimeOffset now) => _cron.GetNextOccurrence(now, Vietnam)?.ToUniversalTime();
}

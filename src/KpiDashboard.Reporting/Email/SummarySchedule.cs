using Cronos;
using KpiDashboard.Metrics.Periods;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Reporting.Email;

/// <summary>Summaries:Cron in Summaries:TimeZone (Asia/Ho_Chi_Minh): when runs are due and which month each run reports.</summary>
public sealed class SummarySchedule
{
    private readonly CronExpression cron;
    private readonly TimeZoneInfo zone;

    public SummarySchedule(IOptions<SummaryOptions> options)
    {
        cron = CronExpression.Parse(options.Value.Cron);
        zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);
    }

    /// <summary>The first run strictly after <paramref name="utc"/>.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset utc) => cron.GetNextOccurrence(utc, zone) is { } next ? next.ToUniversalTime() : null;

    /// <summary>The latest run in (<paramref name="from"/>, <paramref name="to"/>], to make up a run missed while the app was down.</summary>
    public DateTimeOffset? LastBetween(DateTimeOffset from, DateTimeOffset to) =>
        cron.GetOccurrences(from, to, zone, fromInclusive: false, toInclusive: true).Select(o => (DateTimeOffset?)o.ToUniversalTime()).LastOrDefault();

    /// <summary>A run reports the month before the one it falls in, in the schedule's time zone.</summary>
    public Month PeriodFor(DateTimeOffset runUtc)
    {
        var local = TimeZoneInfo.ConvertTime(runUtc, zone);
        return new Month(local.Year, local.Month).Previous;
    }
}

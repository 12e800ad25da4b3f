using KpiDashboard.Metrics.Calendar;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KpiDashboard.Metrics.Reporting;

public static class ReportingCycleServiceCollectionExtensions
{
    /// <summary>
    /// The reporting windows, deadlines and submissions. The settings are checked here so that a wrong one stops the start.
    /// The working days are Vietnam's calendar (Calendar/WorkingCalendar: weekends, the Labour Code's holidays with Tết, the Government's schedules) less any Reporting:Holidays; an <see cref="IWorkingDays"/> registered before this call replaces it.
    /// </summary>
    public static IServiceCollection AddKpiReportingCycle(this IServiceCollection services, IConfiguration configuration)
    {
        var options = Read(configuration);
        services.AddSingleton(options);
        services.TryAddSingleton<IWorkingDays>(new WeekendsAndHolidays(Holidays(options)));
        services.AddSingleton<ReportingCalendar>();
        services.AddSingleton(Dossiers.Decree09Windows.Of(options.Window));
        services.AddScoped<Submissions.SubmissionQuery>();
        services.AddScoped<Submissions.SubmissionApproval>();
        services.AddScoped<Submissions.CompletenessQuery>();
        return services;
    }

    public static ReportingOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(ReportingOptions.Section);
        var window = section["Window"];
        if (!string.IsNullOrEmpty(window) && !Enum.TryParse<ReportingWindowKind>(window, ignoreCase: true, out _))
            throw new InvalidOperationException($"Reporting:Window must be Decree09 or CalendarMonth, not '{window}'.");
        var options = section.Get<ReportingOptions>() ?? new ReportingOptions();
        foreach (var level in Enum.GetValues<ReportingLevel>())
        {
            if (options.DeadlineDays(level) is < 0 or > 60)
                throw new InvalidOperationException($"Reporting: the deadline of level {level.Code()} must be 0 to 60 days after the window ends.");
        }
        if (options.ReminderWorkingDaysBefore is < 0 or > 20)
            throw new InvalidOperationException($"Reporting:ReminderWorkingDaysBefore must be 0 to 20 working days, not {options.ReminderWorkingDaysBefore}.");
        Holidays(options);
        return options;
    }

    private static List<DateOnly> Holidays(ReportingOptions options) => options.Holidays.Select(text =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new InvalidOperationException($"Reporting:Holidays: '{text}' is not a date yyyy-MM-dd.")).ToList();
}

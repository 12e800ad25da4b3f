using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.Reporting.Reports;

/// <summary>
/// A `kpi report` process spends about a third of its time on the first use of ClosedXML, OpenXml and ScottPlot:
/// loading them, their static tables, and the code ReadyToRun leaves to the JIT. None of that needs the figures, so
/// an empty report of the same kind is written on another core while the database opens and the queries run; the
/// real one then finds all of it done. A long-lived process (the web app) has no use for this.
/// </summary>
public static class ReportWarmUp
{
    public static Task Start(ReportKind kind, Language language) => kind switch
    {
        ReportKind.Form06 => Task.Run(() => Form06Writer.ToBytes(EmptyForm, language)),
        ReportKind.National => Task.Run(() =>
        {
            var summary = EmptySummary;
            var chart = ReportFactory.RankingChart(summary, summary.Period, language);
            var map = ReportFactory.ProvinceMap(summary, summary.Period, language);
            NationalSummaryWriter.ToBytes(summary, language, chart, map);
        }),
        _ => Task.CompletedTask,
    };

    private static readonly Period AnyPeriod = Period.Parse("2025-12");

    private static Form06Report EmptyForm => new(
        new Form06Header("", "", AnyPeriod, ReportingWindowKind.CalendarMonth),
        [new Form06Group(Form06Level.Commune, [new Form06Row("", "", "", Figures.Empty)])],
        new Form06Footer("", new DateOnly(2025, 12, 31)));

    private static NationalSummary EmptySummary =>
        new(AnyPeriod, [], [], [], [], new DataQuality([], [], [], 0), ReportingWindowKind.CalendarMonth);
}

using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Reports;

namespace KpiDashboard.UnitTests.Excel;

/// <summary>`kpi report` awaits its warm-up after saving: an empty report of each kind must write without error.</summary>
public sealed class ReportWarmUpTests
{
    [Theory]
    [InlineData(ReportKind.Form06, Language.Vi)]
    [InlineData(ReportKind.Form06, Language.En)]
    [InlineData(ReportKind.National, Language.Vi)]
    [InlineData(ReportKind.National, Language.En)]
    [InlineData(ReportKind.FactsCsv, Language.Vi)]
    public async Task An_empty_report_of_each_kind_is_written(ReportKind kind, Language language)
    {
        var warmUp = ReportWarmUp.Start(kind, language);

        await warmUp.WaitAsync(TimeSpan.FromMinutes(1));
        Assert.True(warmUp.IsCompletedSuccessfully);
    }
}

using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.UnitTests.Excel;

public sealed class PeriodTextTests
{
    [Theory]
    [InlineData("2025-07", "Kỳ báo cáo: tháng 7 năm 2025 (Từ ngày 01/07/2025 đến ngày 31/07/2025)")]
    [InlineData("2025-Q3", "Kỳ báo cáo: quý III năm 2025 (Từ ngày 01/07/2025 đến ngày 30/09/2025)")]
    [InlineData("2025-H1", "Kỳ báo cáo: 6 tháng đầu năm 2025 (Từ ngày 01/01/2025 đến ngày 30/06/2025)")]
    [InlineData("2025-H2", "Kỳ báo cáo: 6 tháng cuối năm 2025 (Từ ngày 01/07/2025 đến ngày 31/12/2025)")]
    [InlineData("2024", "Kỳ báo cáo: năm 2024 (Từ ngày 01/01/2024 đến ngày 31/12/2024)")]
    [InlineData("2024-02", "Kỳ báo cáo: tháng 2 năm 2024 (Từ ngày 01/02/2024 đến ngày 29/02/2024)")]
    public void Vietnamese_calendar_months(string period, string expected) =>
        Assert.Equal(expected, PeriodText.ReportingPeriod(Period.Parse(period), ReportingWindowKind.CalendarMonth, Language.Vi));

    [Theory]
    [InlineData("2025-07", "Kỳ báo cáo: tháng 7 năm 2025 (Từ ngày 15/06/2025 đến ngày 14/07/2025)")]
    [InlineData("2021-Q3", "Kỳ báo cáo: quý III năm 2021 (Từ ngày 15/06/2021 đến ngày 14/09/2021)")]
    [InlineData("2025-H1", "Kỳ báo cáo: 6 tháng đầu năm 2025 (Từ ngày 15/12/2024 đến ngày 14/06/2025)")]
    [InlineData("2025-H2", "Kỳ báo cáo: 6 tháng cuối năm 2025 (Từ ngày 15/06/2025 đến ngày 14/12/2025)")]
    [InlineData("2024", "Kỳ báo cáo: năm 2024 (Từ ngày 15/12/2023 đến ngày 14/12/2024)")]
    [InlineData("2026-01", "Kỳ báo cáo: tháng 1 năm 2026 (Từ ngày 15/12/2025 đến ngày 14/01/2026)")]
    public void Vietnamese_decree_09_windows(string period, string expected) =>
        Assert.Equal(expected, PeriodText.ReportingPeriod(Period.Parse(period), ReportingWindowKind.Decree09, Language.Vi));

    [Theory]
    [InlineData("2025-07", "Reporting period: July 2025 (from 01/07/2025 to 31/07/2025)")]
    [InlineData("2025-Q3", "Reporting period: Q3 2025 (from 01/07/2025 to 30/09/2025)")]
    [InlineData("2025-H1", "Reporting period: first half of 2025 (from 01/01/2025 to 30/06/2025)")]
    [InlineData("2025", "Reporting period: year 2025 (from 01/01/2025 to 31/12/2025)")]
    public void English_calendar_months(string period, string expected) =>
        Assert.Equal(expected, PeriodText.ReportingPeriod(Period.Parse(period), ReportingWindowKind.CalendarMonth, Language.En));

    [Fact]
    public void English_decree_09_window() =>
        Assert.Equal("Reporting period: July 2025 (from 15/06/2025 to 14/07/2025)",
            PeriodText.ReportingPeriod(Period.Parse("2025-07"), ReportingWindowKind.Decree09, Language.En));
}

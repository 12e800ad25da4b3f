using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Web.Security;

namespace KpiDashboard.IntegrationTests.Security;

public sealed class PathTraversalTests
{
    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("..\\..\\secret.xlsx")]
    [InlineData("/etc/passwd")]
    [InlineData("2025-07/../../x.xlsx")]
    [InlineData("manifest.json")]
    [InlineData("")]
    public void A_report_name_cannot_leave_the_reports_root(string name)
    {
        var root = Path.Combine(Path.GetTempPath(), $"kpi-reports-{Guid.NewGuid():N}");
        var archive = new ReportArchive(new ReportArchiveOptions { Root = root }, TimeProvider.System);
        Assert.ThrowsAny<ArgumentException>(() => archive.PathFor(Period.Parse("2025-07"), name));
        Assert.ThrowsAny<ArgumentException>(() => archive.OpenRead(Period.Parse("2025-07"), name));
    }

    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData("C:\\Users\\x\\figures.csv", "figures.csv")]
    [InlineData("..", SourceName.Default)]
    [InlineData("a\u0000b\r\n.csv", "ab.csv")]
    [InlineData(null, SourceName.Default)]
    public void An_uploaded_file_name_is_only_a_label(string? name, string expected) =>
        Assert.Equal(expected, SourceName.Clean(name));
}

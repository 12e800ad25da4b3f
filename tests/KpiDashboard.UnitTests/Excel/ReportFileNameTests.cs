using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.UnitTests.Excel;

public sealed class ReportFileNameTests
{
    [Fact]
    public void Form06_name_is_ascii_safe_with_a_vietnamese_display_name()
    {
        var name = ReportFileName.Form06("Phú Thọ", Period.Parse("2025-07"));
        Assert.Equal("Bieu06_PhuTho_2025-07.xlsx", name.Ascii);
        Assert.Equal("Biểu06_PhúThọ_2025-07.xlsx", name.Display);
        Assert.Equal("attachment; filename=\"Bieu06_PhuTho_2025-07.xlsx\"; filename*=UTF-8''Bi%E1%BB%83u06_Ph%C3%BATh%E1%BB%8D_2025-07.xlsx",
            name.ContentDisposition());
    }

    [Theory]
    [InlineData("Đà Nẵng", "Bieu06_DaNang_2025-Q3.xlsx")]
    [InlineData("../../etc/passwd", "Bieu06_EtcPasswd_2025-Q3.xlsx")]
    [InlineData("xã Hòa Bình", "Bieu06_XaHoaBinh_2025-Q3.xlsx")]
    public void Names_keep_only_safe_characters(string scope, string expected) =>
        Assert.Equal(expected, ReportFileName.Form06(scope, Period.Parse("2025-Q3")).Ascii);

    [Fact]
    public void Nfd_input_gives_the_same_name() =>
        Assert.Equal(ReportFileName.Form06("Phú Thọ", Period.Parse("2025")).Display,
            ReportFileName.Form06("Phú Thọ".Normalize(System.Text.NormalizationForm.FormD), Period.Parse("2025")).Display);
}

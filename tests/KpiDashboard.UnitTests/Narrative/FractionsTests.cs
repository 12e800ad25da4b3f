using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.UnitTests.Forms;

namespace KpiDashboard.UnitTests.Narrative;

public sealed class FractionsTests
{
    [Fact]
    public void The_first_number_of_a_fraction_is_the_count_and_the_second_its_total()
    {
        var figures = Extract.Figures("Tháng 5-2021, tỉnh Phú Thọ đã giải quyết: 4.561/5.650 hồ sơ (tỷ lệ 80,7%), trong đó 1.456/1.625 hồ sơ trước và đúng hạn.");

        Assert.Equal(4561, figures["resolved"]);
        Assert.Equal(1456, figures["early_or_on_time"]);
        Assert.DoesNotContain(figures.Values, v => v is 5650 or 1625);
    }

    [Fact]
    public void Rankings_and_dates_with_a_slash_are_no_fraction_of_dossiers()
    {
        Assert.Empty(NarrativeExtractor.Extract("Hồ sơ của tỉnh xếp hạng 11/63, đứng thứ 21/34 ngày 30/9.", TestUnits.Directory, BuiltInFields.All, new DateOnly(2025, 10, 1)));
    }
}

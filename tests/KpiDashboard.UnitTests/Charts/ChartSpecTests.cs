using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Charts;

namespace KpiDashboard.UnitTests.Charts;

public sealed class ChartSpecTests
{
    [Fact]
    public void Specs_built_apart_from_the_same_data_are_equal()
    {
        Assert.Equal(SampleCharts.Ranking(), SampleCharts.Ranking());
        Assert.Equal(SampleCharts.Ranking().GetHashCode(), SampleCharts.Ranking().GetHashCode());
        Assert.Equal(SampleCharts.Trend(), SampleCharts.Trend());
        Assert.Equal(SampleCharts.Trend().GetHashCode(), SampleCharts.Trend().GetHashCode());
        Assert.Equal(SampleCharts.Fields(), SampleCharts.Fields());
        Assert.Equal(SampleCharts.Fields().GetHashCode(), SampleCharts.Fields().GetHashCode());
    }

    [Fact]
    public void Any_difference_makes_specs_unequal()
    {
        var spec = SampleCharts.Ranking();

        Assert.NotEqual(spec, spec with { Target = 0.9 });
        Assert.NotEqual(spec, spec with { Language = Language.En });
        Assert.NotEqual(spec, spec with { Title = "Khác" });
        Assert.NotEqual(spec, spec with { Provinces = [.. spec.Provinces.Skip(1)] });
        Assert.NotEqual(spec, spec with { Provinces = [.. spec.Provinces.Select((p, i) => i == 0 ? p with { Rate = null } : p)] });
        Assert.NotEqual<ChartSpec>(new FieldChartSpec("A", []), new TrendChartSpec("A", []));
    }

    [Fact]
    public void Specs_work_as_cache_keys()
    {
        var cache = new Dictionary<(ChartSpec, ChartFormat, int, int, double), string>
        {
            [(SampleCharts.Trend(), ChartFormat.Png, 800, 400, 2)] = "cached",
        };

        Assert.True(cache.ContainsKey((SampleCharts.Trend(), ChartFormat.Png, 800, 400, 2)));
        Assert.False(cache.ContainsKey((SampleCharts.Trend(12), ChartFormat.Png, 800, 400, 2)));
    }

    [Fact]
    public void Value_lists_compare_by_items()
    {
        ValueList<int> a = [1, 2, 3];
        ValueList<int> b = new[] { 1, 2, 3 };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, ValueLists.From([1, 2]));
        Assert.Equal(ValueList<int>.Empty, ValueLists.From(Array.Empty<int>()));
    }

    [Fact]
    public void Value_lists_do_not_follow_later_changes_of_their_source()
    {
        var source = new List<ProvinceRate> { new("Huế", 0.97) };
        var spec = new ProvinceRankingChartSpec("Xếp hạng", source);

        source.Add(new ProvinceRate("Đà Nẵng", 0.96));

        Assert.Single(spec.Provinces);
    }

    [Fact]
    public void Ranking_alt_text_in_Vietnamese()
    {
        var spec = new ProvinceRankingChartSpec("Tỷ lệ đúng hạn theo tỉnh, tháng 7/2025",
            [new("Hà Nội", 0.962), new("Phú Thọ", 0.985), new("Lai Châu", null), new("Cà Mau", 0.801), new("Điện Biên", null)]);

        Assert.Equal(
            "Tỷ lệ đúng hạn theo tỉnh, tháng 7/2025: cao nhất Phú Thọ 98,5%, thấp nhất Cà Mau 80,1%; "
            + "2/3 tỉnh đạt mục tiêu 95%; 2 tỉnh chưa có số liệu (Lai Châu, Điện Biên).",
            spec.AltText());
    }

    [Fact]
    public void Ranking_alt_text_in_English()
    {
        var spec = new ProvinceRankingChartSpec("On-time rate by province, July 2025",
            [new("Ha Noi", 0.962), new("Phu Tho", 0.985), new("Lai Chau", null)]) { Language = Language.En, Target = 0.97 };

        Assert.Equal(
            "On-time rate by province, July 2025: highest Phu Tho 98.5%, lowest Ha Noi 96.2%; "
            + "1 of 2 provinces meet the 97% target; 1 province has no data (Lai Chau).",
            spec.AltText());
    }

    [Fact]
    public void Ranking_alt_text_without_data()
    {
        Assert.Equal("Xếp hạng: chưa có số liệu.", new ProvinceRankingChartSpec("Xếp hạng", [new("Huế", null)]).AltText());
    }

    [Fact]
    public void Trend_alt_text()
    {
        var spec = new TrendChartSpec("Hồ sơ, Phú Thọ",
        [
            new(new Month(2025, 7), 1234, 1000, 0.985),
            new(new Month(2025, 5), 900, 800, 0.9),
            new(new Month(2025, 6), null, null, null),
        ]);

        Assert.Equal(
            "Hồ sơ, Phú Thọ, 5/2025–7/2025: Tiếp nhận tổng 2.134, cao nhất 1.234 (7/2025); Đã giải quyết tổng 1.800; "
            + "Tỷ lệ đúng hạn từ 90% (5/2025) đến 98,5% (7/2025), tháng 7/2025 đạt 98,5%; 1 tháng chưa có số liệu.",
            spec.AltText());
        Assert.Equal(
            "Dossiers, May 2025–Jul 2025: Received total 2,134, highest 1,234 (Jul 2025); Resolved total 1,800; "
            + "On-time rate from 90% (May 2025) to 98.5% (Jul 2025), 98.5% in Jul 2025; 1 month without data.",
            (spec with { Title = "Dossiers", Language = Language.En }).AltText());
    }

    [Fact]
    public void Field_alt_text_uses_the_callers_labels()
    {
        var spec = SampleCharts.Fields() with { ReceivedLabel = "Hồ sơ nhận", ResolvedLabel = "Hồ sơ giải quyết" };

        Assert.Equal(
            "Hồ sơ theo lĩnh vực, tháng 7/2025: 7 lĩnh vực; Hồ sơ nhận tổng 91, Hồ sơ giải quyết tổng 73; "
            + "tiếp nhận nhiều nhất: Tần số vô tuyến điện 43, Sở hữu trí tuệ 34, Tiêu chuẩn, đo lường, chất lượng 6; "
            + "1 lĩnh vực chưa có số liệu.",
            spec.AltText());
    }
}

using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Charts;

namespace KpiDashboard.UnitTests.Charts;

/// <summary>Realistic chart data: the 34 provinces, 24 months, the seven science-and-technology fields.</summary>
internal static class SampleCharts
{
    public static ProvinceRankingChartSpec Ranking(Language language = Language.Vi)
    {
        var random = new Random(7);
        var provinces = BuiltInProvinces.All.Select(p => new ProvinceRate(
            language == Language.En ? p.NameEn : p.Name,
            p.Code switch
            {
                "25" => 0.985,
                "11" or "12" => null,
                "96" => 0.801,
                _ => Math.Round(0.86 + random.NextDouble() * 0.12, 3),
            }));
        return new ProvinceRankingChartSpec(
            language == Language.En ? "On-time rate by province, July 2025" : "Tỷ lệ đúng hạn theo tỉnh, tháng 7/2025",
            ValueLists.From(provinces))
        {
            Language = language,
            ValueAxisLabel = language == Language.En ? "On-time rate" : "Tỷ lệ đúng hạn",
        };
    }

    public static TrendChartSpec Trend(int months = 24, Language language = Language.Vi)
    {
        var first = new Month(2025, 7).AddMonths(1 - months);
        var points = Enumerable.Range(0, months).Select(i =>
        {
            var month = first.AddMonths(i);
            long received = 1200 + (i * 137) % 900;
            long resolved = received - 60 - (i * 53) % 150;
            var rate = 0.9 + ((i * 31) % 9) / 100.0;
            return month == first.AddMonths(months - 5)
                ? new TrendPoint(month, null, null, null)
                : new TrendPoint(month, received, resolved, rate);
        });
        return new TrendChartSpec(
            language == Language.En ? "Dossiers and on-time rate, Phú Thọ" : "Hồ sơ và tỷ lệ đúng hạn, Phú Thọ",
            ValueLists.From(points))
        {
            Language = language,
            Target = 0.95,
        };
    }

    public static FieldChartSpec Fields(Language language = Language.Vi)
    {
        long?[] received = [43, 34, 6, 4, null, 3, 1];
        long?[] resolved = [38, 25, 5, 2, null, 3, 0];
        var fields = BuiltInFields.All.Select((f, i) => new FieldCounts(
            language == Language.En ? f.NameEn : f.NameVi, received[i], resolved[i]));
        return new FieldChartSpec(
            language == Language.En ? "Dossiers by field, July 2025" : "Hồ sơ theo lĩnh vực, tháng 7/2025",
            ValueLists.From(fields))
        {
            Language = language,
        };
    }
}

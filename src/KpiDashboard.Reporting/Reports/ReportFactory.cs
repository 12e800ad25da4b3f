using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Charts;
using KpiDashboard.Reporting.Excel;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Reporting.Reports;

/// <summary>Makes any downloadable report for a scope, period and language: the one entry point of the CLI and the web.</summary>
public sealed class ReportFactory(KpiDbContext db, Form06Builder form06, NationalSummaryBuilder national, FactCsvExporter csv)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<GeneratedReport> CreateAsync(ReportKind kind, Scope scope, Period period, ReportLanguage language, CancellationToken ct = default)
    {
        switch (kind)
        {
            case ReportKind.Form06:
            {
                var report = await form06.BuildAsync(scope, period, ct: ct);
                var name = ReportFileName.Form06(await ScopeNameAsync(scope, language, ct), period, language);
                return new GeneratedReport(name, XlsxContentType, Form06Writer.ToBytes(report, language));
            }
            case ReportKind.National:
            {
                var summary = await national.BuildAsync(period, ct);
                var chart = RankingChart(summary, period, language);
                return new GeneratedReport(ReportFileName.NationalSummary(period, language), XlsxContentType,
                    NationalSummaryWriter.ToBytes(summary, language, chart));
            }
            default:
            {
                using var buffer = new MemoryStream();
                await csv.WriteAsync(buffer, scope, period, ct);
                var name = ReportFileName.FactsCsv(await ScopeNameAsync(scope, language, ct), period);
                return new GeneratedReport(name, FactCsvExporter.ContentType, buffer.ToArray());
            }
        }
    }

    private static byte[] RankingChart(NationalSummary summary, Period period, ReportLanguage language)
    {
        var spec = new ProvinceRankingChartSpec(
            language == ReportLanguage.Vi ? $"Tỷ lệ giải quyết đúng hạn theo tỉnh, {period}" : $"On-time rate by province, {period}",
            ValueLists.From(summary.Provinces.Select(p => new ProvinceRate(p.Unit.Name(language), p.Figures.OnTimeRate.Value))))
        {
            Language = language == ReportLanguage.Vi ? ChartLanguage.Vi : ChartLanguage.En,
        };
        return ChartRenderer.Render(spec, ChartFormat.Png, 900, 900);
    }

    public async Task<string> ScopeNameAsync(Scope scope, ReportLanguage language, CancellationToken ct)
    {
        if (scope.CommuneCode is { } commune)
            return await db.Communes.AsNoTracking().Where(c => c.Code == commune).Select(c => c.Name).FirstAsync(ct);
        if (scope.ProvinceCode is { } province)
        {
            var p = await db.Provinces.AsNoTracking().FirstAsync(x => x.Code == province, ct);
            return language == ReportLanguage.Vi ? p.Name : p.NameEn;
        }
        return language == ReportLanguage.Vi ? "Toàn quốc" : "Nation";
    }
}

using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Charts;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Maps;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Reporting.Reports;

/// <summary>
/// Makes any downloadable report for a scope, period and language: the one entry point of the CLI and the web. What a
/// report holds is limited by the caller's <see cref="AccessScope"/> (through <see cref="FigureQuery"/>), and so are its
/// name and <see cref="ReportCoverage"/>: a "national" report of a Phú Thọ officer is named and recorded as Phú Thọ's.
/// </summary>
public sealed class ReportFactory(KpiDbContext db, Form06Builder form06, NationalSummaryBuilder national, FactCsvExporter csv, AccessScope access,
    ReportPhases? phases = null)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public Task<GeneratedReport> CreateAsync(ReportKind kind, Scope scope, Period period, Language language, CancellationToken ct = default) =>
        CreateAsync(kind, scope, period, language, null, ct);

    /// <param name="forms">Writes Biểu 06 from a template per shape, for a run of many forms; null writes it with ClosedXML.</param>
    public async Task<GeneratedReport> CreateAsync(ReportKind kind, Scope scope, Period period, Language language, Form06Templates? forms, CancellationToken ct = default)
    {
        var coverage = ReportCoverage.Of(scope, access.Provinces, await SuccessorAsync(scope, ct));
        switch (kind)
        {
            case ReportKind.Form06:
            {
                var report = await form06.BuildAsync(scope, period, ct: ct);
                var name = await FileNameAsync(kind, scope, period, language, ct);
                phases?.End("queries");
                var bytes = forms?.Write(report, language) ?? Form06Writer.ToBytes(report, language);
                phases?.End("workbook");
                return new GeneratedReport(name, XlsxContentType, bytes, coverage);
            }
            case ReportKind.National:
            {
                var summary = await national.BuildAsync(period, ct);
                var name = await FileNameAsync(kind, scope, period, language, ct);
                phases?.End("file name");
                var chart = RankingChart(summary, period, language);
                phases?.End("ranking chart");
                var map = ProvinceMap(summary, period, language);
                phases?.End("map");
                var bytes = NationalSummaryWriter.ToBytes(summary, language, chart, map);
                phases?.End("workbook");
                return new GeneratedReport(name, XlsxContentType, bytes, coverage);
            }
            default:
            {
                using var buffer = new MemoryStream();
                await csv.WriteAsync(buffer, scope, period, ct);
                return new GeneratedReport(await FileNameAsync(kind, scope, period, language, ct), FactCsvExporter.ContentType,
                    buffer.ToArray(), coverage);
            }
        }
    }

    /// <summary>The file name of a report, which names what it holds (for a restricted caller, their provinces).</summary>
    public async Task<ReportFileName> FileNameAsync(ReportKind kind, Scope scope, Period period, Language language, CancellationToken ct)
    {
        var scopeName = await ScopeNameAsync(scope, language, ct);
        return kind switch
        {
            ReportKind.Form06 => ReportFileName.Form06(scopeName, period, language),
            ReportKind.National => ReportFileName.NationalSummary(period, language, access.IsRestricted ? scopeName : null),
            _ => ReportFileName.FactsCsv(scopeName, period),
        };
    }

    /// <summary>The map of the pages (coloured by the index rate 2.1), in the same colours, as a PNG.</summary>
    internal static byte[] ProvinceMap(NationalSummary summary, Period period, Language language)
    {
        var kpi = MapKpi.Default;
        var units = summary.Provinces.Select(p => new MapUnit(p.Unit.Code, p.Unit.Name(language), "", p.Figures)).ToList();
        return MapPng.Render(MapSpecs.Provinces(kpi, units, $"{kpi.Label(language)}, {period}", language));
    }

    internal static byte[] RankingChart(NationalSummary summary, Period period, Language language)
    {
        var spec = new ProvinceRankingChartSpec(
            language == Language.Vi ? $"Tỷ lệ giải quyết đúng hạn theo tỉnh, {period}" : $"On-time rate by province, {period}",
            ValueLists.From(summary.Provinces.Select(p => new ProvinceRate(p.Unit.Name(language), p.Figures.OnTimeRate.Value))))
        {
            Language = language,
        };
        return ChartRenderer.Render(spec, ChartFormat.Png, 900, 900);
    }

    /// <summary>The unit's name; for the nation asked by a caller restricted to some provinces, the names of those provinces.</summary>
    public async Task<string> ScopeNameAsync(Scope scope, Language language, CancellationToken ct)
    {
        if (scope.CommuneCode is { } commune)
            return await (scope.InOldUnits ? db.Communes.IgnoreQueryFilters().Where(c => c.ValidTo != null) : db.Communes).AsNoTracking()
                .Where(c => c.Code == commune).Select(c => c.Name).FirstAsync(ct);
        if (scope.ProvinceCode is { } province)
        {
            // An old unit's report (Vĩnh Phúc, 2024-07) is named after it.
            var p = await (scope.InOldUnits ? db.Provinces.IgnoreQueryFilters().Where(x => x.ValidTo != null) : db.Provinces).AsNoTracking()
                .FirstAsync(x => x.Code == province, ct);
            return language == Language.Vi ? p.Name : p.NameEn;
        }
        if (access.Provinces is { } allowed)
        {
            var provinces = await db.Provinces.AsNoTracking().Where(p => allowed.Contains(p.Code)).OrderBy(p => p.Code).ToListAsync(ct);
            // Names while they are few, codes beyond (a file name stays short).
            return provinces.Count is > 0 and <= 3
                ? string.Join(" - ", provinces.Select(p => language == Language.Vi ? p.Name : p.NameEn))
                : (language == Language.Vi ? "Tỉnh " : "Provinces ") + string.Join('-', provinces.Select(p => p.Code));
        }
        return language == Language.Vi ? "Toàn quốc" : "Nation";
    }

    /// <summary>Today's province an old province went into (every old province went whole into one).</summary>
    private async Task<string?> SuccessorAsync(Scope scope, CancellationToken ct) =>
        scope is { InOldUnits: true, ProvinceCode: { } old }
            ? await db.UnitLinks.AsNoTracking().Where(l => l.Level == Metrics.Entities.UnitLink.ProvinceLevel && l.OldCode == old)
                .Select(l => l.NewCode).FirstOrDefaultAsync(ct)
            : null;
}

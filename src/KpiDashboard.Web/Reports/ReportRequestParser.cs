using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Reports;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Reports;

/// <summary>
/// Reads report, province, commune, field, period and language from a query string or form, with the same name rules
/// as the command line (codes or names, with or without diacritics). Anything it cannot serve is a 400 with the reason.
/// </summary>
public sealed class ReportRequestParser(PageFilters filters, UnitOrigins origins)
{
    public async Task<ReportRequest> ParseAsync(string? report, string? province, string? commune, string? field, string? period,
        string? language, CancellationToken ct)
    {
        var kind = string.IsNullOrWhiteSpace(report) ? ReportKind.Form06 : ReportKinds.Parse(report)
            ?? throw InvalidQueryException.BadRequest(
                $"Không có loại báo cáo \"{report}\". Hãy chọn form06, national hoặc csv.",
                $"There is no report \"{report}\". Choose form06, national or csv.");
        var p = await filters.PeriodAsync(period, ct);
        var text = language?.Trim().ToLowerInvariant();
        var lang = string.IsNullOrEmpty(text) ? Ui.Language
            : LanguageText.TryParse(text, out var asked) ? asked.Value
            : throw InvalidQueryException.BadRequest($"Ngôn ngữ \"{language}\" không hợp lệ (vi hoặc en).", $"Invalid language \"{language}\" (vi or en).");
        var units = await filters.UnitsAsync(ct);
        var resolution = ScopeResolver.Resolve(units.Directory, province, commune, field);
        // An old unit (Vĩnh Phúc, 26) for a period before July 2025: its own report, in the units of that time.
        if (resolution.Scope is null && UnitValidity.IsOldPeriod(p.First.Key))
            resolution = ScopeResolver.Resolve(await origins.DirectoryAsync(ct), province, commune, field, p.First.Key);
        if (resolution.Scope is not { } scope) throw InvalidQueryException.BadRequest(resolution.Error!, resolution.ErrorEn!);

        if (kind == ReportKind.National && (!scope.IsNation || scope.FieldCode is not null))
            throw InvalidQueryException.BadRequest(
                "Bảng tổng hợp toàn quốc không chọn tỉnh, xã hay lĩnh vực: hãy bỏ các lựa chọn đó, hoặc chọn Biểu 06 hay CSV.",
                "The national summary has no province, commune or field: clear them, or choose form 06 or CSV.");
        if (kind == ReportKind.Form06 && scope.FieldCode is not null)
            throw InvalidQueryException.BadRequest(
                "Biểu 06 gồm mọi lĩnh vực: hãy bỏ lựa chọn lĩnh vực, hoặc chọn CSV.",
                "Form 06 covers every field: clear the field, or choose CSV.");
        return new ReportRequest(kind, scope, p, lang);
    }
}

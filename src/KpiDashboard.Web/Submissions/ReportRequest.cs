using KpiDashboard.Ingestion.Entry;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Web.Infrastructure;

namespace KpiDashboard.Web.Submissions;

/// <summary>The unit and month of the entry and review pages' addresses (?level=commune|agency|province&amp;unit=CODE&amp;period=yyyy-MM).</summary>
public static class ReportRequest
{
    public static async Task<(EntryUnit Unit, Month Month)> ResolveAsync(EntryService entries, string? level, string? unit, string? period, CancellationToken ct)
    {
        if (!ReportingLevels.TryParse(level, out var reportingLevel))
            throw InvalidQueryException.BadRequest($"Cấp báo cáo '{level}' không hợp lệ: commune, agency hoặc province.",
                $"Invalid level '{level}': commune, agency or province.");
        if (!Month.TryParseText(period, out var month))
            throw InvalidQueryException.BadRequest($"Kỳ báo cáo '{period}' không hợp lệ: cần một tháng, ví dụ 2025-07.",
                $"Invalid period '{period}': expected a month such as 2025-07.");
        var found = await entries.FindUnitAsync(reportingLevel, unit ?? "", month, ct)
            ?? throw InvalidQueryException.NotFound($"Không có đơn vị báo cáo '{unit}' ở cấp {reportingLevel.NameVi()}.",
                $"There is no {reportingLevel.Code()} reporting unit '{unit}'.");
        return (found, month);
    }

    public static string Query(EntryUnit unit, Month month) => $"level={unit.Level.Code()}&unit={unit.UnitCode}&period={month}";
}

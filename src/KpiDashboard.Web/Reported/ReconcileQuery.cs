using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Reported;

/// <summary>
/// Builds the reconciliation page: the saved reported figures of the caller's provinces (one province and month when
/// asked) beside the structured figures of the same level, with the names of their provinces and sources.
/// </summary>
public sealed class ReconcileQuery(KpiDbContext db, AccessScope scope, Reconciliation reconciliation)
{
    public async Task<ReconcileModel> BuildAsync(string? province, string? period, int? saved, CancellationToken ct)
    {
        string? provinceCode = null;
        if (!string.IsNullOrWhiteSpace(province))
        {
            provinceCode = (await UnitDirectory.LoadAsync(db, ct)).FindProvince(province.Trim()).Item?.Code
                ?? throw InvalidQueryException.BadRequest($"Không tìm thấy tỉnh \"{province}\".", $"Unknown province \"{province}\".");
            if (!scope.CanRead(provinceCode))
                throw new InvalidQueryException(StatusCodes.Status403Forbidden, "Tài khoản của bạn không được xem số liệu của tỉnh này.", "Your account may not see this province's figures.");
        }
        Month? month = null;
        if (!string.IsNullOrWhiteSpace(period))
        {
            if (!Month.TryParseText(period.Trim(), out var m))
                throw InvalidQueryException.BadRequest($"Kỳ \"{period}\" không phải một tháng (ví dụ 2025-07).", $"Period \"{period}\" is not a month (e.g. 2025-07).");
            month = m;
        }
        var rows = (await reconciliation.RunAsync(provinceCode, month, scope.Provinces, ct)).Where(r => ReportedScope.InScope(scope, r.Reported.ProvinceCode)).ToList();
        var provinces = (await db.Provinces.AsNoTracking().OrderBy(p => p.Code).Select(p => new { p.Code, p.Kind, p.Name }).ToListAsync(ct))
            .Select(p => new UnitOption(p.Code, p.Name, $"{p.Kind} {p.Name}")).ToList();
        var names = provinces.ToDictionary(p => p.Code, p => p.FullName);
        var sourceIds = rows.Select(r => r.Reported.SourceId).Distinct().ToList();
        var sources = await db.ReportedSources.AsNoTracking().Where(s => sourceIds.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return new ReconcileModel
        {
            Province = provinceCode, Period = month?.ToString(), Saved = saved,
            Provinces = provinces.Where(p => scope.CanRead(p.Code)).ToList(),
            Lines = rows.Select(r => Line(r, r.Reported.ProvinceCode is { } c ? names.GetValueOrDefault(c) : null, sources.GetValueOrDefault(r.Reported.SourceId))).ToList(),
        };
    }

    internal static ReconcileLine Line(ReconciliationRow row, string? provinceName, string? sourceName)
    {
        var r = row.Reported;
        return new ReconcileLine(r.SourceId, sourceName, provinceName ?? r.UnitText, r.CommuneCode, r.Level,
            r.Period is { } k ? Month.FromKey(k).ToString() : r.PeriodText, r.FieldCode, r.Measure, r.Value, r.Approximate, r.Sentence,
            row.Status, row.Structured, row.Difference);
    }
}

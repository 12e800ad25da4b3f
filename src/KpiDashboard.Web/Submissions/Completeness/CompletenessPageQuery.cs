using System.Globalization;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Pages;

namespace KpiDashboard.Web.Submissions.Completeness;

/// <summary>
/// Reads the page's filters and builds its model or its workbook. The list is for signed-in readers (limited by their
/// scope: a province officer's provinces, a commune officer's communes); an anonymous reader of a public dashboard gets
/// the rates only.
/// </summary>
public sealed class CompletenessPageQuery(
    PageFilters filters,
    CompletenessQuery completeness,
    ReportingCalendar calendar,
    AccessScope access,
    IHttpContextAccessor http)
{
    public const int PageSize = 100;

    private static readonly string[] SortKeys = ["name", "province", "state", "submitted", "deadline", "late"];

    private bool SignedIn => http.HttpContext?.User.Identity?.IsAuthenticated == true;

    public async Task<CompletenessModel> BuildAsync(CompletenessFilter filter, CancellationToken ct)
    {
        var (month, level, province) = await ReadAsync(filter, ct);
        var sort = SortOrder.Parse(filter.Sort, filter.Dir, new SortOrder("late", true), SortKeys);
        var page = PageFilters.PageNumber(filter.Page);
        var report = await completeness.BuildAsync(month, level, province?.Code, SignedIn, ct);
        var names = report.Provinces.ToDictionary(p => p.Code, p => p.Name);
        var sorted = Sort(report.Lines.Select(l => View(l, month, names)), sort);
        var pageCount = Math.Max(1, (sorted.Count + PageSize - 1) / PageSize);
        page = Math.Min(page, pageCount);
        var range = await filters.RangeAsync(ct);
        var months = new List<Month>();
        var latest = range.Last > month ? range.Last : month;
        for (var m = latest; months.Count < 24; m = m.Previous) months.Add(m);
        var choices = (await filters.ReadableProvincesAsync(ct)).Select(p => new UnitOption(p.Code, p.Name, p.FullName)).ToList();
        return new CompletenessModel(month, months, level, province is null ? null : new UnitOption(province.Code, province.Name, province.FullName),
            choices, calendar.Deadline(Period.OfMonth(month), level), report.ListShown, report.AllProvinces, sorted.Count,
            sorted.Skip((page - 1) * PageSize).Take(PageSize).ToList(), page, pageCount, sort, report.Provinces, report.Total, report.Trend,
            ExcelHref(month, level, province?.Code));
    }

    public async Task<(byte[] Content, string ContentDisposition)> WorkbookAsync(CompletenessFilter filter, CancellationToken ct)
    {
        var (month, level, province) = await ReadAsync(filter, ct);
        var report = await completeness.BuildAsync(month, level, province?.Code, SignedIn, ct);
        var language = Ui.Language;
        return (CompletenessWriter.ToBytes(report, calendar.WindowKind, language), CompletenessWriter.FileName(report, language).ContentDisposition());
    }

    private async Task<(Month Month, ReportingLevel Level, Metrics.Entities.Province? Province)> ReadAsync(CompletenessFilter filter, CancellationToken ct)
    {
        Month month;
        if (string.IsNullOrWhiteSpace(filter.Period)) month = (await filters.RangeAsync(ct)).Last;
        // A quarter, half or year (kept from another page's address) shows its last month: reports are monthly.
        else if (Period.TryParse(filter.Period, out var period)) month = period.Last;
        else
            throw InvalidQueryException.BadRequest($"Tháng không hợp lệ: \"{filter.Period}\". Báo cáo gửi theo tháng (ví dụ 2025-07).",
                $"Invalid month \"{filter.Period}\". Reports are monthly (e.g. 2025-07).");
        var province = string.IsNullOrWhiteSpace(filter.Province) ? null : await filters.ProvinceAsync(filter.Province, ct);
        if (province is not null && !access.CanRead(province.Code))
            throw new AccessDeniedException($"Không có quyền xem tỉnh {province.Code} / no access to province {province.Code}");
        ReportingLevel level;
        if (string.IsNullOrWhiteSpace(filter.Level))
            level = province is null && !access.IsRestricted ? ReportingLevel.Province : ReportingLevel.Commune;
        else if (!ReportingLevels.TryParse(filter.Level, out level))
            throw InvalidQueryException.BadRequest($"Cấp báo cáo không hợp lệ: \"{filter.Level}\" (commune, agency hoặc province).",
                $"Invalid level \"{filter.Level}\" (commune, agency or province).");
        return (month, level, province);
    }

    private CompletenessRowView View(CompletenessLine line, Month month, IReadOnlyDictionary<string, string> provinces)
    {
        var r = line.Row;
        var query = string.Create(CultureInfo.InvariantCulture, $"?level={r.Level.Code()}&unit={r.UnitCode}&period={month}");
        var mayEnter = access.CanIngestInto(r.ProvinceCode, r.Level == ReportingLevel.Commune ? r.UnitCode : null)
                       && r.State is SubmissionState.NotStarted or SubmissionState.Draft or SubmissionState.Returned;
        var mayReview = (r.Level == ReportingLevel.Province ? !access.IsRestricted && access.CanIngest : access.CanIngestInto(r.ProvinceCode) && access.Communes is null)
                        && r.State is SubmissionState.Submitted or SubmissionState.Approved;
        return new CompletenessRowView(r.UnitCode, r.UnitName, r.Level, provinces.GetValueOrDefault(r.ProvinceCode, r.ProvinceCode), r.State,
            r.SubmittedUtc, r.Deadline, r.Late, line.WorkingDaysLate, r.ApprovedBy,
            mayEnter ? "/submissions/entry" + query : null, mayReview ? "/submissions/review" + query : null);
    }

    private static List<CompletenessRowView> Sort(IEnumerable<CompletenessRowView> rows, SortOrder sort)
    {
        var list = sort.Key switch
        {
            "name" => Sorting.ByName(rows, sort.Descending, r => r.UnitName),
            "province" => Sorting.ByName(rows, sort.Descending, r => r.ProvinceName + " " + r.UnitName),
            "state" => Sorting.By(rows, r => (double)r.State, sort.Descending, r => r.UnitName),
            "submitted" => Sorting.By(rows, r => r.SubmittedUtc?.UtcTicks, sort.Descending, r => r.UnitName),
            "deadline" => Sorting.By(rows, r => r.Deadline.DayNumber, sort.Descending, r => r.UnitName),
            _ => Sorting.By(rows, r => r.WorkingDaysLate, sort.Descending, r => r.UnitName),
        };
        return [.. list];
    }

    private static string ExcelHref(Month month, ReportingLevel level, string? province)
    {
        var href = string.Create(CultureInfo.InvariantCulture, $"/submissions/excel?period={month}&level={level.Code()}");
        if (province is not null) href += "&province=" + province;
        if (Ui.Language == Language.En) href += "&lang=en";
        return href;
    }
}

using System.Globalization;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Admin;

/// <summary>
/// /admin/calendar: a year's days off and Saturdays worked with their source, and the upload of a year's schedule with
/// the rules of `kpi calendar import` (all or nothing, errors naming line and column, audited).
/// </summary>
[Route("admin/calendar")]
public sealed class CalendarController(KpiDbContext db, RequestAudit audit, TimeProvider time) : Controller
{
    public const long MaxUploadBytes = ScheduleFile.MaxBytes;
    private const string LabourCode = "Bộ luật Lao động 2019, Điều 112 / Labour Code 2019, Art. 112";

    [HttpGet("")]
    public async Task<IActionResult> Index(string? year, CancellationToken ct) => View("~/Admin/Calendar/Index.cshtml", await ModelAsync(ParseYear(year), [], null, ct));

    [HttpPost("")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxUploadBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUploadBytes + 64 * 1024)]
    public async Task<IActionResult> Upload(IFormFile? file, string? year, CancellationToken ct)
    {
        var shown = ParseYear(year);
        if (file is null || file.Length == 0) return await RefuseAsync(shown, ["chưa chọn tệp CSV, hoặc tệp rỗng / no CSV file chosen, or it is empty"], ct);
        if (file.Length > MaxUploadBytes) return await RefuseAsync(shown, [$"tệp quá lớn (tối đa {MaxUploadBytes / 1024} KB) / the file is too large"], ct);
        string text;
        try
        {
            text = await NotUtf8Exception.ReadSmallTextAsync(file.OpenReadStream(), ct);
        }
        catch (NotUtf8Exception e)
        {
            return await RefuseAsync(shown, [$"dòng {e.Line}: {e.MessageVi} / line {e.Line}: {e.Message}"], ct);
        }
        ScheduleFile.Result read;
        using (var reader = new StringReader(text)) read = ScheduleFile.Read(reader);
        if (read.Problems.Count > 0 || read.Days.Count == 0)
        {
            // The first errors as the figures ingest lists them, then how many more: a file of bad lines is not a page of megabytes.
            var errors = IngestText.Listed([.. read.Problems.Select(p => $"dòng {p.Line}, cột {p.Column}: {p.Message} / line {p.Line}, column {p.Column}: {p.MessageEn}")]);
            if (errors.Count == 0) errors = ["tệp không có ngày nào / the file names no day"];
            await audit.WriteAsync("calendar.import.refused", $"{SourceName.Clean(file.FileName)}: {Math.Max(1, read.Problems.Count)}", ct);
            return await RefuseAsync(shown, errors, ct);
        }
        var name = SourceName.Clean(file.FileName);
        var years = await audit.WithEntryAsync(c => CalendarStore.ImportAsync(db, read.Days, time, c),
            y => ("calendar.import", $"{name}: {read.Days.Count} days, {string.Join(", ", y)}"), ct);
        var model = await ModelAsync(years[0], [], years, ct);
        var recompute = await KpiDashboard.Ingestion.Dossiers.DossierRecompute.NeededAfterImportAsync(db, years, ct);
        return View("~/Admin/Calendar/Index.cshtml", model with { RecomputeNeeded = recompute is { } needed ? Ui.T(needed.Vi, needed.En) : null });
    }

    private async Task<IActionResult> RefuseAsync(int year, IReadOnlyList<string> errors, CancellationToken ct)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Admin/Calendar/Index.cshtml", await ModelAsync(year, errors, null, ct));
    }

    private async Task<CalendarModel> ModelAsync(int year, IReadOnlyList<string> errors, IReadOnlyList<int>? imported, CancellationToken ct)
    {
        var calendar = await CalendarStore.LoadAsync(db, ct);
        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var yearImported = await db.CalendarDays.AnyAsync(d => d.Date >= first && d.Date <= last, ct);
        var sources = calendar.Scheduled.Where(d => d.Date.Year == year).ToDictionary(d => d.Date, d => d.Source);
        var days = new List<CalendarDayRow>();
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            var working = calendar.IsWorkingDay(d);
            if (working == !PublicHolidays.IsWeekend(d) && !sources.ContainsKey(d)) continue;
            days.Add(new CalendarDayRow(d, working, sources.GetValueOrDefault(d, LabourCode), yearImported && sources.ContainsKey(d)));
        }
        return new CalendarModel(year, days, yearImported, errors, imported);
    }

    private int ParseYear(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return VietnamTime.ToVietnam(time.GetUtcNow()).Year;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2199) return year;
        throw InvalidQueryException.BadRequest($"Năm không hợp lệ: \"{text}\" (1900-2199).", $"Invalid year \"{text}\" (1900-2199).");
    }
}

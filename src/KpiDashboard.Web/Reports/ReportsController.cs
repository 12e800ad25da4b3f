using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Reporting.Reports;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Reports;

/// <summary>
/// The Reports page and the downloads. Every download is a GET whose query string names the report completely, so
/// a link can be bookmarked or sent on; archived files are served only by the names their manifest lists, and only to a
/// reader of every province the file holds. Cache-Control is set for all of them by <see cref="CacheControlMiddleware"/>.
/// </summary>
[Route("reports")]
public sealed class ReportsController(ReportRequestParser parser, ReportFactory factory, ReportArchive archive, RequestAudit audit, AccessScope access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ReportsPageQuery query, string? report, string? province, string? commune,
        string? field, string? period, string? language, CancellationToken ct)
    {
        var model = await query.BuildAsync(new ReportForm(report, province, commune, field, period, language), ct);
        if (model.Problem is not null) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    [HttpGet("download")]
    public async Task<IActionResult> Download(string? report, string? province, string? commune, string? field, string? period,
        string? language, CancellationToken ct)
    {
        var request = await parser.ParseAsync(report, province, commune, field, period, language, ct);
        var generated = await factory.CreateAsync(request.Kind, request.Scope, request.Period, request.Language, ct);
        await audit.WriteAsync("report.download", generated.Name.Ascii, ct);
        Response.Headers.ContentDisposition = generated.Name.ContentDisposition();
        return File(generated.Content, generated.ContentType);
    }

    /// <summary>
    /// Makes the report and keeps it in the archive (reports/{period}/), recording who, from which data and what it covers.
    /// Only roles that ingest may (see <see cref="AuthorizationConvention"/>), within the daily quota.
    /// </summary>
    [HttpPost("archive")]
    [ValidateAntiForgeryToken]
    [IngestEndpoint]
    public async Task<IActionResult> Archive([FromServices] KpiDbContext db, [FromForm] string? report, [FromForm] string? province,
        [FromForm] string? commune, [FromForm] string? field, [FromForm] string? period, [FromForm] string? language, CancellationToken ct)
    {
        if (!access.CanArchive) throw new AccessDeniedException("Không có quyền lưu báo cáo / may not archive reports");
        var request = await parser.ParseAsync(report, province, commune, field, period, language, ct);
        var generated = await factory.CreateAsync(request.Kind, request.Scope, request.Period, request.Language, ct);
        var version = await ReportArchive.CurrentDataVersionAsync(db, ct);
        ArchivedReport saved;
        try
        {
            saved = await archive.SaveAsync(request.Period, generated.Name, generated.Coverage, generated.Content,
                createdBy: User.Identity?.Name ?? "web", dataVersion: version, limited: true, ct: ct);
        }
        catch (ArchiveRefusedException e)
        {
            throw new InvalidQueryException(e.Quota ? StatusCodes.Status429TooManyRequests : StatusCodes.Status409Conflict, e.MessageVi, e.Message);
        }
        await audit.WriteAsync("report.archive", saved.RelativePath, ct);
        return Redirect($"/reports?period={Uri.EscapeDataString(request.Period.ToString())}#archive");
    }

    [HttpGet("archive/{period}/{file}")]
    public async Task<IActionResult> Archived(string period, string file, CancellationToken ct)
    {
        if (!Period.TryParse(period, out var p) || p.ToString() != period)
            throw InvalidQueryException.BadRequest($"Kỳ \"{period}\" không hợp lệ.", $"Invalid period \"{period}\".");
        try
        {
            archive.PathFor(p, file);
        }
        catch (ArgumentException)
        {
            throw InvalidQueryException.BadRequest($"Tên tệp \"{file}\" không hợp lệ.", $"Invalid file name \"{file}\".");
        }
        var entry = (await archive.ListAsync(p, ct)).FirstOrDefault(e => e.FileName == file)
            ?? throw InvalidQueryException.NotFound($"Kho báo cáo không có tệp \"{file}\" của kỳ {period}.", $"The archive has no file \"{file}\" for {period}.");
        if (!entry.ReadableBy(access))
            throw new AccessDeniedException($"Không có quyền xem tệp {period}/{file} / no access to archived file {period}/{file}");
        await audit.WriteAsync("report.download", $"{period}/{entry.FileName}", ct);
        Response.Headers.ContentDisposition = new ReportFileName(entry.FileName, entry.DisplayName).ContentDisposition();
        var type = entry.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? FactCsvExporter.ContentType : ReportFactory.XlsxContentType;
        return File(archive.OpenRead(p, entry.FileName), type);
    }
}

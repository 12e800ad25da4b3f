using System.Globalization;
using System.Text;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Reported;

/// <summary>
/// Figures from narrative reports: paste or upload a text, see the dossier figures it states highlighted, correct or
/// discard each, save them as reported figures (apart from the facts), and set them beside the structured figures.
/// Every action needs a role that can ingest; what is saved and shown is limited to the caller's provinces.
/// </summary>
[Route("reported")]
[IngestEndpoint]
public sealed class ReportedController(AccessScope scope, ReportedPageBuilder pages, TimeProvider time, IOptions<NarrativeLimits> narrative) : Controller
{
    /// <summary>Largest text accepted, pasted or uploaded.</summary>
    public const long LimitBytes = 2 * 1024 * 1024;

    [HttpGet("")]
    public IActionResult Index() => View(new ReportedPageModel { ReferenceDate = Today(), LimitBytes = LimitBytes });

    /// <summary>Reads the pasted text or the uploaded file and shows what it states; nothing is saved.</summary>
    [HttpPost("")]
    public async Task<IActionResult> Read([FromForm] string? text, IFormFile? file, [FromForm] string? referenceDate, [FromForm] string? url, CancellationToken ct)
    {
        string input;
        string name;
        if (file is { Length: > 0 })
        {
            if (file.Length > LimitBytes) return TooLarge();
            var extension = Path.GetExtension(file.FileName).ToLowerInvariant();
            var type = file.ContentType?.ToLowerInvariant() ?? "";
            if (extension is not (".txt" or ".htm" or ".html" or ".text") && !type.StartsWith("text/", StringComparison.Ordinal))
                return Problem(text: null, referenceDate, url, Ui.T("Chỉ nhận tệp văn bản (.txt) hoặc HTML (.html).", "Only plain text (.txt) or HTML (.html) files are accepted."));
            await using var stream = file.OpenReadStream();
            try
            {
                input = await NotUtf8Exception.ReadSmallTextAsync(stream, ct);
            }
            catch (NotUtf8Exception notUtf8)
            {
                return Problem(text: null, referenceDate, url, Ui.T(notUtf8.MessageVi, notUtf8.Message));
            }
            name = SourceName.Clean(file.FileName);
        }
        else
        {
            input = text ?? "";
            if (Encoding.UTF8.GetByteCount(input) > LimitBytes) return TooLarge();
            name = "web";
        }
        if (input.Length > narrative.Value.MaxChars) return TooLong();
        if (string.IsNullOrWhiteSpace(input))
            return Problem(text: null, referenceDate, url, Ui.T("Hãy dán văn bản hoặc chọn tệp.", "Paste a text or choose a file."));
        if (!TryDate(referenceDate, out var reference))
            return Problem(input, referenceDate, url, Ui.T("Ngày tham chiếu cần dạng yyyy-MM-dd.", "The reference date must be yyyy-MM-dd."));
        if (!ValidUrl(url))
            return Problem(input, referenceDate, url, Ui.T("Địa chỉ nguồn phải là một URL http(s).", "The source address must be an http(s) URL."));

        return View("Index", await pages.ReadAsync(NarrativeText.Plain(input).Trim(), reference, url, name, LimitBytes, ct));
    }

    /// <summary>
    /// Saves the figures of the text through the reported-figure store: corrected values replace what was read, discarded
    /// figures are kept for the record but left out of reconciliation. A figure of a province outside the caller's scope
    /// must be discarded first.
    /// </summary>
    [HttpPost("save")]
    // A value and perhaps a discard mark per figure: a 100,000-character text can state more than ASP.NET's default 1,024.
    // Its body is bounded by the upload limit all the same.
    [RequestFormLimits(ValueCountLimit = 25_000)]
    public async Task<IActionResult> Save([FromForm] string? text, [FromForm] string? referenceDate, [FromForm] string? url, [FromForm] string? name,
        [FromForm] int? count, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw InvalidQueryException.BadRequest("Không có văn bản để lưu.", "There is no text to save.");
        if (Encoding.UTF8.GetByteCount(text) > LimitBytes) return TooLarge();
        if (text.Length > narrative.Value.MaxChars) return TooLong();
        if (!TryDate(referenceDate, out var reference))
            throw InvalidQueryException.BadRequest("Ngày tham chiếu cần dạng yyyy-MM-dd.", "The reference date must be yyyy-MM-dd.");
        if (!ValidUrl(url))
            throw InvalidQueryException.BadRequest("Địa chỉ nguồn phải là một URL http(s).", "The source address must be an http(s) URL.");
        var plain = NarrativeText.Plain(text).Trim();
        var statements = await pages.StatementsAsync(plain, reference, ct);
        var figures = pages.Flatten(statements);
        if (count is { } expected && expected != figures.Count)
            throw InvalidQueryException.BadRequest("Văn bản đã thay đổi từ lúc đọc: hãy đọc lại.", "The text changed since it was read: read it again.");
        if (figures.Count == 0)
            throw InvalidQueryException.BadRequest("Không tìm thấy số liệu hồ sơ nào trong văn bản.", "No dossier figures found in the text.");

        var decisions = new List<(bool Discard, decimal Value)>();
        foreach (var f in figures)
        {
            var discard = Request.Form.TryGetValue($"discard_{f.Index}", out var d) && d.Any(v => v is "true" or "on");
            var value = f.Figure.Value;
            if (!discard && Request.Form.TryGetValue($"value_{f.Index}", out var v) && !string.IsNullOrWhiteSpace(v.ToString()))
            {
                if (!decimal.TryParse(v.ToString().Trim().Replace(',', '.'), NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value) || value < 0)
                    throw InvalidQueryException.BadRequest($"Giá trị \"{v}\" của số liệu {f.Index + 1} không phải một số.", $"Value \"{v}\" of figure {f.Index + 1} is not a number.");
            }
            decisions.Add((discard, value));
        }
        var kept = figures.Where((f, i) => !decisions[i].Discard).ToList();
        if (kept.Count == 0)
            throw InvalidQueryException.BadRequest("Mọi số liệu đều bị loại: không có gì để lưu.", "Every figure was discarded: nothing to save.");
        var outside = kept.Where(f => !ReportedScope.InScope(scope, f.ProvinceCode, f.CommuneCode)).ToList();
        if (outside.Count > 0)
        {
            var where = string.Join(", ", outside.Select(f => f.CommuneCode ?? f.ProvinceCode ?? f.UnitText).Distinct());
            throw new InvalidQueryException(StatusCodes.Status403Forbidden,
                $"Tài khoản của bạn không được lưu số liệu của {where}: hãy loại các số liệu đó.",
                $"Your account may not save figures for {where}: discard those figures.");
        }

        var source = await HttpContext.RequestServices.GetRequiredService<ReportedFigureStore>()
            .SaveAsync(string.IsNullOrWhiteSpace(name) ? "web" : SourceName.Clean(name), string.IsNullOrWhiteSpace(url) ? null : url.Trim(),
                reference, plain, statements, saved =>
                {
                    // The store saves the figures in the order Flatten numbers them.
                    for (var i = 0; i < saved.Count && i < decisions.Count; i++)
                    {
                        saved[i].Discarded = decisions[i].Discard;
                        if (!decisions[i].Discard) saved[i].Value = decisions[i].Value;
                    }
                }, ct);

        var periods = kept.Select(f => f.PeriodStart is { } s ? Month.Of(s).ToString() : null).Distinct().ToList();
        var provinces = kept.Select(f => f.ProvinceCode).Distinct().ToList();
        var query = new List<string> { $"saved={source.Id.ToString(CultureInfo.InvariantCulture)}" };
        if (provinces is [{ } p]) query.Add($"province={Uri.EscapeDataString(p)}");
        if (periods is [{ } m]) query.Add($"period={Uri.EscapeDataString(m)}");
        return Redirect("/reported/reconcile?" + string.Join("&", query));
    }

    /// <summary>Each saved (not discarded) reported figure beside the structured figure of its level: match, mismatch with the difference, or no data.</summary>
    [HttpGet("reconcile")]
    public async Task<IActionResult> Reconcile([FromServices] ReconcileQuery reconcile, string? province, string? period, int? saved, CancellationToken ct) =>
        View(await reconcile.BuildAsync(province, period, saved, ct));


    private ViewResult Problem(string? text, string? referenceDate, string? url, string message)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", new ReportedPageModel
        {
            Text = text, ReferenceDate = referenceDate ?? Today(), Url = url, Problem = message, LimitBytes = LimitBytes,
        });
    }

    /// <summary>Longer than the extractor reads in well under a second (Narrative:MaxChars).</summary>
    private ViewResult TooLong()
    {
        var page = Problem(null, null, null, Ui.T(narrative.Value.TooLongVi, narrative.Value.TooLongEn));
        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return page;
    }

    private ViewResult TooLarge()
    {
        var page = Problem(null, null, null, Ui.T($"Văn bản hoặc tệp lớn hơn {LimitBytes / (1024 * 1024)} MB: không nhận.",
            $"The text or file is larger than {LimitBytes / (1024 * 1024)} MB: refused."));
        Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        return page;
    }

    private string Today() => Metrics.Periods.VietnamTime.Today(time).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryDate(string? text, out DateOnly date) => Metrics.Periods.DayText.TryParse(text, out date);

    private static bool ValidUrl(string? url) =>
        string.IsNullOrWhiteSpace(url) || (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && url.Length <= 2000);
}

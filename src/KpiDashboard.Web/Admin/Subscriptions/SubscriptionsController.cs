using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Pages;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Admin;

/// <summary>
/// Subscriptions to the monthly e-mail: list, create, edit, deactivate (never delete: the outbox keeps its history)
/// and import from CSV, all through <see cref="SubscriptionService"/>, so the rules are those of `kpi subscriptions`.
/// Invalid input comes back as the form with status 400 and the reasons, the import's naming the rows.
/// </summary>
[Route("admin/subscriptions")]
public sealed class SubscriptionsController(SubscriptionService subscriptions, PageFilters filters, RequestAudit audit) : Controller
{
    public const long MaxImportBytes = 2 * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] SubscriptionListQuery query, string? done, string? q, string? page, CancellationToken ct) =>
        View(await query.BuildAsync(done, q, page, ct));

    [HttpGet("new")]
    public async Task<IActionResult> Create(CancellationToken ct) => await FormAsync(SubscriptionFormModel.New(), ct);

    [HttpPost("new")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Create([FromForm] string? email, [FromForm] string? name, [FromForm] string? scopeKind,
        [FromForm] string? province, [FromForm] string? commune, [FromForm] string? language, CancellationToken ct)
    {
        var form = new SubscriptionFormModel(null, email, name, scopeKind ?? "", province, commune, language ?? "vi", true, []);
        var result = await audit.WithEntryAsync(c => subscriptions.SaveAsync(form.ToInput(), c),
            r => r.Subscription is { } s ? (r.Created ? "subscription.add" : "subscription.update", $"{s.Email} {s.Scope}") : null, ct);
        if (result.Subscription is null) return await FormAsync(form with { Errors = result.Errors }, ct, StatusCodes.Status400BadRequest);
        return Redirect($"/admin/subscriptions?done={(result.Created ? "created" : "updated")}");
    }

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit([FromServices] EmailPreview preview, int id, CancellationToken ct) =>
        await FormAsync(SubscriptionFormModel.Of(await preview.SubscriptionAsync(id, ct)), ct);

    [HttpPost("{id:int}/edit")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Edit([FromServices] EmailPreview preview, int id, [FromForm] string? email, [FromForm] string? name,
        [FromForm] string? scopeKind, [FromForm] string? province, [FromForm] string? commune, [FromForm] string? language,
        [FromForm] string? active, CancellationToken ct)
    {
        await preview.SubscriptionAsync(id, ct);
        var form = new SubscriptionFormModel(id, email, name, scopeKind ?? "", province, commune, language ?? "vi", active == "true", []);
        var result = await audit.WithEntryAsync(c => subscriptions.UpdateAsync(id, form.ToInput(), c),
            r => r.Subscription is { } s ? ("subscription.update", $"{s.Email} {s.Scope}") : null, ct);
        if (result.Subscription is null) return await FormAsync(form with { Errors = result.Errors }, ct, StatusCodes.Status400BadRequest);
        return Redirect("/admin/subscriptions?done=updated");
    }

    [HttpPost("{id:int}/deactivate")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Deactivate([FromServices] EmailPreview preview, int id, CancellationToken ct)
    {
        await preview.SubscriptionAsync(id, ct);
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await audit.WithEntryAsync(c => subscriptions.DeactivateAsync(key, ct: c), _ => ("subscription.deactivate", key), ct);
        return Redirect("/admin/subscriptions?done=deactivated");
    }

    [HttpGet("import")]
    public IActionResult Import() => View(new ImportModel([]));

    [HttpPost("import")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(MaxImportBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxImportBytes + 64 * 1024)]
    public async Task<IActionResult> Import(IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0) return ImportProblem("chưa chọn tệp CSV, hoặc tệp rỗng / no CSV file chosen, or it is empty");
        if (file.Length > MaxImportBytes) return ImportProblem($"tệp quá lớn (tối đa {MaxImportBytes / 1024 / 1024} MB) / the file is too large");
        string text;
        try
        {
            text = await NotUtf8Exception.ReadSmallTextAsync(file.OpenReadStream(), ct);
        }
        catch (NotUtf8Exception e)
        {
            return ImportProblem($"dòng {e.Line}: {e.MessageVi} / line {e.Line}: {e.Message}");
        }
        using var reader = new StringReader(text);
        var result = await audit.WithEntryAsync(c => subscriptions.ImportCsvAsync(reader, c),
            r => r.Errors.Count > 0 ? null : ("subscription.import", $"created={r.Created} updated={r.Updated}"), ct);
        if (result.Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ImportModel(KpiDashboard.Ingestion.IngestText.Listed(result.Errors)));
        }
        return View(new ImportModel([], result.Created, result.Updated));
    }

    private ViewResult ImportProblem(string error)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Import", new ImportModel([error]));
    }

    private async Task<IActionResult> FormAsync(SubscriptionFormModel form, CancellationToken ct, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var units = await filters.UnitsAsync(ct);
        return View("Form", form with { Provinces = units.Provinces.Select(p => new UnitOption(p.Code, p.Name, p.FullName)).ToList() });
    }
}

using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Admin;

/// <summary>/admin/tokens: API tokens, scoped like users; the secret is shown once when created.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Route("/admin/tokens")]
public sealed class TokensController(ApiTokenService tokens) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => await PageAsync(null, null, ct);

    [HttpPost("create")]
    public async Task<IActionResult> Create([FromForm] string? name, [FromForm] string? role, [FromForm] string? provinces, CancellationToken ct)
    {
        var codes = ProvinceList.Parse(provinces);
        if (string.IsNullOrWhiteSpace(name) || role is null || !Roles.IsValid(role) || (role == Roles.ProvinceOfficer && codes.Count == 0))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await PageAsync(null, "Cần tên, vai trò hợp lệ và tỉnh cho cán bộ tỉnh / a name, a valid role, and provinces for a ProvinceOfficer", ct);
        }
        var created = await tokens.CreateAsync(name, role, codes, ClientAddress.ActorOf(HttpContext), ClientAddress.Of(HttpContext), ct);
        // The secret must not be cached anywhere on the way back.
        Response.Headers.CacheControl = "no-store";
        return await PageAsync(created.Secret, null, ct);
    }

    [HttpPost("revoke")]
    public async Task<IActionResult> Revoke([FromForm] int id, CancellationToken ct)
    {
        var revoked = await tokens.RevokeAsync(id, ClientAddress.ActorOf(HttpContext), ClientAddress.Of(HttpContext), ct);
        return await PageAsync(null, revoked ? $"Đã thu hồi / revoked #{id}" : $"Không có mã #{id} còn hiệu lực / no live token #{id}", ct);
    }

    private async Task<IActionResult> PageAsync(string? secret, string? message, CancellationToken ct) =>
        View("~/Admin/Tokens/Index.cshtml", new TokensModel(await tokens.ListAsync(ct), secret, message));
}

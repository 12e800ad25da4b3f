using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Admin;

/// <summary>/admin/users: accounts, their role and provinces. Admin only by namespace (see <see cref="AuthorizationConvention"/>).</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Route("/admin/users")]
public sealed class UsersController(AccountService accounts) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => await PageAsync(null, ct);

    [HttpPost("add")]
    public async Task<IActionResult> Add([FromForm] string? email, [FromForm] string? password, [FromForm] string? role, [FromForm] string? provinces, CancellationToken ct) =>
        await PageAsync(string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password)
            ? new AccountService.Outcome(false, "Hãy nhập thư điện tử và mật khẩu / enter an e-mail and a password")
            : await accounts.AddAsync(email.Trim(), role ?? "", ProvinceList.Parse(provinces), password, Actor, ct: ct), ct);

    [HttpPost("role")]
    public async Task<IActionResult> SetRole([FromForm] string? email, [FromForm] string? role, CancellationToken ct) =>
        await PageAsync(await accounts.SetRoleAsync(email ?? "", role ?? "", Actor, ct), ct);

    [HttpPost("provinces")]
    public async Task<IActionResult> SetProvinces([FromForm] string? email, [FromForm] string? provinces, CancellationToken ct) =>
        await PageAsync(await accounts.SetProvincesAsync(email ?? "", ProvinceList.Parse(provinces), Actor, ct), ct);

    [HttpPost("remove")]
    public async Task<IActionResult> Remove([FromForm] string? email, CancellationToken ct) =>
        await PageAsync(string.Equals(email, User.Identity?.Name, StringComparison.OrdinalIgnoreCase)
            ? new AccountService.Outcome(false, "Không thể tự xóa tài khoản đang dùng / you cannot remove your own account")
            : await accounts.RemoveAsync(email ?? "", Actor, ct), ct);

    private string Actor => ClientAddress.ActorOf(HttpContext) + " @" + ClientAddress.Of(HttpContext);

    private async Task<IActionResult> PageAsync(AccountService.Outcome? outcome, CancellationToken ct)
    {
        if (outcome is { Succeeded: false }) Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("~/Admin/Users/Index.cshtml", new UsersModel(await accounts.ListAsync(ct), outcome));
    }
}

using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Web.Models;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Controllers;

/// <summary>Sign-in with lockout (5 failures, 15 minutes) and sign-out; every attempt is in the audit log with its address.
/// An address without an account gets the same answer, cost and lockout as a wrong password (<see cref="UnknownAccountLockout"/>).</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AccountController(SignInManager<KpiUser> signIn, UnknownAccountLockout unknown, AuditLog audit, IOptions<SecurityOptions> options,
    IHostEnvironment environment) : Controller
{
    [AllowAnonymous]
    [HttpGet("/account/sign-in")]
    public IActionResult SignIn(string? returnUrl) => Page(null, returnUrl, null, null);

    [AllowAnonymous]
    [EnableRateLimiting(RateLimits.SignIn)]
    [HttpPost("/account/sign-in")]
    public async Task<IActionResult> SignIn([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl, CancellationToken ct)
    {
        var address = ClientAddress.Of(HttpContext);
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrEmpty(password))
            return Page(email, returnUrl, "Hãy nhập thư điện tử và mật khẩu.", "Enter your e-mail and password.", StatusCodes.Status400BadRequest);
        email = email.Trim();
        var user = await signIn.UserManager.FindByEmailAsync(email);
        var result = user is null ? unknown.SignIn(email, password) : await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(email, "sign-in", "", address, ct);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }
        if (result.IsLockedOut)
        {
            await audit.WriteAsync(email, "sign-in.locked-out", "", address, ct);
            return Page(email, returnUrl, "Tài khoản tạm khóa sau nhiều lần nhập sai. Xin thử lại sau 15 phút.",
                "The account is locked after too many failures. Try again in 15 minutes.", StatusCodes.Status423Locked);
        }
        await audit.WriteAsync(email, "sign-in.failed", user is null ? "unknown account" : "", address, ct);
        return Page(email, returnUrl, "Thư điện tử hoặc mật khẩu không đúng.", "Wrong e-mail or password.", StatusCodes.Status401Unauthorized);
    }

    [HttpPost("/account/sign-out")]
    public async Task<IActionResult> SignOutAsync(CancellationToken ct)
    {
        var actor = ClientAddress.ActorOf(HttpContext);
        // A new stamp ends every copy of this session's cookie, not just the one the browser deletes.
        if (await signIn.UserManager.GetUserAsync(User) is { } user) await signIn.UserManager.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        await audit.WriteAsync(actor, "sign-out", "", ClientAddress.Of(HttpContext), ct);
        return LocalRedirect("/account/sign-in");
    }

    private ViewResult Page(string? email, string? returnUrl, string? vi, string? en, int status = StatusCodes.Status200OK)
    {
        Response.StatusCode = status;
        var demo = options.Value.DemoEnabled(environment) ? DemoAccount.All : [];
        return View("SignIn", new SignInModel(email, Url.IsLocalUrl(returnUrl) ? returnUrl : null, vi, en, demo));
    }
}

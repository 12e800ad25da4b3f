using System.Globalization;
using System.Security.Claims;
using KpiDashboard.Metrics.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Security;

/// <summary>
/// Checks the sign-in cookie on every request: the account must still exist with the security stamp the cookie carries
/// (signing out, a role or province change renew it; removing the account drops it), and the sign-in must be younger than
/// Security:SessionAbsoluteHours however often sliding expiration renewed the cookie. One indexed query per request.
/// </summary>
internal static class SessionValidator
{
    private const string SignedInKey = "kpi.signed-in";

    /// <summary>Remembers when the user signed in; a renewed or refreshed cookie keeps the first time.</summary>
    public static Task OnSigningIn(CookieSigningInContext context)
    {
        if (!context.Properties.Items.ContainsKey(SignedInKey))
            context.Properties.Items[SignedInKey] = Now(context.HttpContext).UtcTicks.ToString(CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var absolute = TimeSpan.FromHours(services.GetRequiredService<IOptions<SecurityOptions>>().Value.SessionAbsoluteHours);
        var fresh = context.Properties.Items.TryGetValue(SignedInKey, out var text)
            && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && Now(context.HttpContext) - new DateTimeOffset(ticks, TimeSpan.Zero) < absolute;
        if (!fresh || !await StampIsCurrentAsync(context.Principal, services, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
        }
    }

    private static async Task<bool> StampIsCurrentAsync(ClaimsPrincipal? principal, IServiceProvider services, CancellationToken ct)
    {
        var stampClaim = services.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var id = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        var stamp = principal?.FindFirstValue(stampClaim);
        if (id is null || stamp is null) return false;
        var current = await services.GetRequiredService<KpiDbContext>().Users.AsNoTracking()
            .Where(u => u.Id == id).Select(u => u.SecurityStamp).FirstOrDefaultAsync(ct);
        return current == stamp;
    }

    private static DateTimeOffset Now(HttpContext context) => context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
}

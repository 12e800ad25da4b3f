using System.Security.Claims;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Accounts;

namespace KpiDashboard.Web.Security;

/// <summary>The <see cref="AccessScope"/> of a request: the role and provinces claims of the user or token.</summary>
public static class CurrentAccess
{
    private static readonly AccessScope Nothing = AccessScope.ForProvinces([], canIngest: false);

    public static AccessScope From(ClaimsPrincipal user, bool publicReadOnly)
    {
        if (user.Identity?.IsAuthenticated != true) return publicReadOnly ? AccessScope.ReadAll : Nothing;
        // One role per account; should a second ever be added, the narrowest wins.
        var role = Roles.All.LastOrDefault(user.IsInRole);
        var communes = new KpiUser { CommuneCodes = user.FindFirstValue(KpiClaims.Communes) ?? "" }.Communes;
        return role is null ? Nothing : Roles.ScopeOf(role, ProvinceList.Parse(user.FindFirstValue(KpiClaims.Provinces)), communes);
    }

    /// <summary>Outside a request (the e-mail schedule, start-up work) the server itself is acting: everything.</summary>
    public static AccessScope Of(IServiceProvider services)
    {
        var context = services.GetRequiredService<IHttpContextAccessor>().HttpContext;
        if (context is null) return AccessScope.All;
        var options = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SecurityOptions>>().Value;
        return From(context.User, options.PublicReadOnly);
    }
}

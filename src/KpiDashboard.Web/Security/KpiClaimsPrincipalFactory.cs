using System.Security.Claims;
using KpiDashboard.Metrics.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Security;

/// <summary>Adds the provinces to the sign-in cookie; rebuilt whenever the security stamp is validated.</summary>
internal sealed class KpiClaimsPrincipalFactory(UserManager<KpiUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<KpiUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(KpiUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(KpiClaims.Provinces, user.ProvinceCodes));
        if (user.CommuneCodes.Length > 0) identity.AddClaim(new Claim(KpiClaims.Communes, user.CommuneCodes));
        return identity;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.RateLimiting;

namespace KpiDashboard.Web.Security;

/// <summary>
/// WHO MAY CALL WHAT is decided here, by where a controller lives, not by attributes scattered over controllers:
/// <list type="bullet">
/// <item>Everything needs a signed-in user (the fallback policy in <see cref="SecurityServiceCollectionExtensions"/>).</item>
/// <item>Controllers in namespace <c>KpiDashboard.Web.Admin</c> (folder Admin/) need the Admin role: put admin pages there.</item>
/// <item>Controllers in <c>KpiDashboard.Web.Api</c> (folder Api/) take API tokens only (Authorization: Bearer), so no
/// cookie and no antiforgery token, and are rate limited.</item>
/// <item>Actions marked <see cref="IngestEndpointAttribute"/> need a role that can ingest: writing figures, and writing the
/// shared report archive (POST /reports/archive; a Viewer never may).</item>
/// <item>Controllers marked <see cref="PublicWhenReadOnlyAttribute"/> are anonymous when Security:PublicReadOnly is on.</item>
/// <item>[AllowAnonymous] is for sign-in, unsubscribe and error pages only; health and static files are anonymous in the pipeline.</item>
/// </list>
/// The route matrix test (tests/KpiDashboard.IntegrationTests/Security/RouteMatrixTests.cs) fails for a route without a rule there.
/// </summary>
internal sealed class AuthorizationConvention(bool publicReadOnly) : IApplicationModelConvention
{
    public const string AdminNamespace = "KpiDashboard.Web.Admin";
    public const string ApiNamespace = "KpiDashboard.Web.Api";

    public void Apply(ApplicationModel application)
    {
        foreach (var controller in application.Controllers)
        {
            var ns = controller.ControllerType.Namespace ?? "";
            var isAdmin = ns == AdminNamespace || ns.StartsWith(AdminNamespace + ".", StringComparison.Ordinal);
            var isApi = ns == ApiNamespace || ns.StartsWith(ApiNamespace + ".", StringComparison.Ordinal);
            var isPublic = publicReadOnly && !isAdmin && !isApi && controller.Attributes.OfType<PublicWhenReadOnlyAttribute>().Any();
            if (isApi) controller.Filters.Add(new IgnoreAntiforgeryTokenAttribute());
            foreach (var action in controller.Actions)
            {
                var ingests = controller.Attributes.OfType<IngestEndpointAttribute>().Any() || action.Attributes.OfType<IngestEndpointAttribute>().Any();
                var metadata = new List<object>();
                if (isAdmin) metadata.Add(new AuthorizeAttribute(Policies.Admin));
                if (isApi)
                {
                    metadata.Add(new AuthorizeAttribute(ingests ? Policies.ApiIngest : Policies.Api));
                    metadata.Add(new EnableRateLimitingAttribute(RateLimits.Api));
                }
                else if (ingests) metadata.Add(new AuthorizeAttribute(Policies.Ingest));
                if (isPublic && !ingests) metadata.Add(new AllowAnonymousAttribute());
                foreach (var selector in action.Selectors)
                    foreach (var item in metadata) selector.EndpointMetadata.Add(item);
            }
        }
    }
}

using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Queries;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// The one place that decides whether a request reads approved figures only (Dashboard:PublishApprovedOnly for readers
/// who are not signed in). Every figure the web shows, draws or exports is summed by the <see cref="FigureQuery"/> made
/// here, and every cache key (pages, charts, maps) carries <see cref="KeyOf"/>, so a full page is never served to an
/// approved-only reader nor the other way round.
/// </summary>
public static class PublishedFigures
{
    /// <summary>Outside a request (the e-mail schedule, start-up work) the server itself is acting: everything.</summary>
    public static bool ApprovedOnly(HttpContext? http) =>
        http is not null
        && http.User.Identity?.IsAuthenticated != true
        && http.RequestServices.GetRequiredService<IOptions<DashboardOptions>>().Value.PublishApprovedOnly;

    /// <summary>The part of a cache key that tells approved-only content from all figures.</summary>
    public static string KeyOf(HttpContext? http) => ApprovedOnly(http) ? "approved" : "all";

    public static FigureQuery Query(IServiceProvider services)
    {
        var query = new FigureQuery(services.GetRequiredService<KpiDbContext>(), services.GetRequiredService<AccessScope>());
        return ApprovedOnly(services.GetRequiredService<IHttpContextAccessor>().HttpContext) ? query.OnlyApproved() : query;
    }
}

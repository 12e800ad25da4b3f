using System.Globalization;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Kpis;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// A dashboard page whose content follows only the data version, the address and the reader: it gets an ETag and
/// answers If-None-Match with 304 before any figure is read, and for anonymous readers its rendered response is kept
/// by the output cache (<see cref="PageCachePolicy"/>) and may be compressed (<see cref="PageCompressionProvider"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CachedPageAttribute : Attribute, IAsyncResourceFilter
{
    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        var http = context.HttpContext;
        var version = await http.RequestServices.GetRequiredService<DataVersion>().GetAsync(http.RequestAborted);
        // A refused query or a failure is not the page: its answer must not carry the page's validator.
        http.Response.OnStarting(static state =>
        {
            var response = ((HttpContext)state).Response;
            if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status304NotModified)) response.Headers.Remove("ETag");
            return Task.CompletedTask;
        }, http);
        if (ConditionalResponse.IsNotModified(http, ConditionalResponse.ETag(version, KeyOf(http))))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            return;
        }
        await next();
    }

    /// <summary>
    /// Everything but the data that a page's bytes depend on: the exact path and query, the language, the provinces the
    /// reader may see, whether they read approved figures only, and for a signed-in reader the name and role the header shows.
    /// </summary>
    public static string KeyOf(HttpContext http)
    {
        var scope = http.RequestServices.GetRequiredService<AccessScope>();
        var provinces = scope.Provinces is { } allowed ? string.Join(',', allowed.Order(StringComparer.Ordinal)) : "*";
        var user = http.User.Identity?.IsAuthenticated == true
            ? $"{http.User.Identity.Name}|{string.Join(',', Roles.All.Where(http.User.IsInRole))}"
            : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"page|{http.Request.Path.Value}|{http.Request.QueryString.Value}|{Ui.Language.Code()}|{provinces}|{user}|{PublishedFigures.KeyOf(http)}");
    }
}

using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// Compresses the static files (/lib, /css) and the <see cref="CachedPageAttribute"/> pages served to anonymous readers.
/// A signed-in reader's page is never compressed: it carries an antiforgery token beside echoed input (BREACH), and
/// other anonymous pages (sign-in) do too.
/// </summary>
internal sealed class PageCompressionProvider(IServiceProvider services, IOptions<ResponseCompressionOptions> options)
    : ResponseCompressionProvider(services, options)
{
    public override bool ShouldCompressResponse(HttpContext context) =>
        base.ShouldCompressResponse(context)
        && (IsStatic(context.Request.Path)
            || (context.GetEndpoint()?.Metadata.GetMetadata<CachedPageAttribute>() is not null && context.User.Identity?.IsAuthenticated != true));

    private static bool IsStatic(PathString path) => path.StartsWithSegments("/lib") || path.StartsWithSegments("/css");
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>The test server has no remote address; give requests one so that the audit log's address can be checked.</summary>
internal sealed class RemoteAddressStartupFilter : IStartupFilter
{
    public static readonly IPAddress Address = IPAddress.Parse("203.0.113.7");

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= Address;
            return nextMiddleware(context);
        });
        next(app);
    };
}

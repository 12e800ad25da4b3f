namespace KpiDashboard.Web.Security;

public static class ClientAddress
{
    /// <summary>The remote address as the server sees it (behind a proxy, configure forwarded headers first).</summary>
    public static string Of(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "";

    /// <summary>The name the audit log gives the current user or token.</summary>
    public static string ActorOf(HttpContext context) => context.User.Identity?.IsAuthenticated == true
        ? context.User.Identity.Name ?? "?"
        : "anonymous";
}

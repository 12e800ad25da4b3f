namespace KpiDashboard.Web.Security;

public static class ApiPaths
{
    public static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api") || request.Path.StartsWithSegments("/openapi");
}

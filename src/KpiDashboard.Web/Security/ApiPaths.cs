namespace KpiDashboard.Web.Security;

public static class ApiPaths
{
    /// <summary>The machine interface: API tokens only, answers in JSON (problem details for errors).</summary>
    public static bool IsApi(HttpRequest request) => IsApi(request.Path);

    public static bool IsApi(PathString path) => path.StartsWithSegments("/api") || path.StartsWithSegments("/openapi");
}

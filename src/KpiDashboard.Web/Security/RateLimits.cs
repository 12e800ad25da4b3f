namespace KpiDashboard.Web.Security;

public static class RateLimits
{
    public const string SignIn = "sign-in";
    public const string Api = "api";
}

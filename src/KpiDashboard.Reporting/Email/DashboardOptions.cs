namespace KpiDashboard.Reporting.Email;

/// <summary>Dashboard:BaseUrl, the public address of the web app that links in e-mails point to.</summary>
public sealed class DashboardOptions
{
    public const string Section = "Dashboard";

    public string BaseUrl { get; set; } = "http://localhost:5000";
}

namespace KpiDashboard.Web.Security;

/// <summary>A demo account whose password is published on the sign-in page.</summary>
public sealed record DemoAccount(string Email, string Password, string Role, string Provinces, string LabelVi, string LabelEn)
{
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("admin@demo.invalid", "DemoAdmin2025", Metrics.Accounts.Roles.Admin, "", "Quản trị", "Administrator"),
        new("analyst@demo.invalid", "DemoAnalyst2025", Metrics.Accounts.Roles.Analyst, "", "Chuyên viên phân tích", "Analyst"),
        new("phutho@demo.invalid", "DemoPhuTho2025", Metrics.Accounts.Roles.ProvinceOfficer, "25", "Cán bộ tỉnh Phú Thọ", "Phú Thọ province officer"),
        new("viewer@demo.invalid", "DemoViewer2025", Metrics.Accounts.Roles.Viewer, "", "Người xem", "Viewer"),
    ];
}

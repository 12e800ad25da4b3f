using KpiDashboard.Web.Security;

namespace KpiDashboard.Web.Models;

public sealed record SignInModel(string? Email, string? ReturnUrl, string? ErrorVi, string? ErrorEn, IReadOnlyList<DemoAccount> DemoAccounts);

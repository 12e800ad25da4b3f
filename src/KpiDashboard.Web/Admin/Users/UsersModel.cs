using KpiDashboard.Metrics.Accounts;

namespace KpiDashboard.Web.Admin;

public sealed record UsersModel(IReadOnlyList<AccountService.Account> Accounts, AccountService.Outcome? Outcome);

using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web.Security;

/// <summary>Creates the demo accounts in demo mode (Development only); in any other environment refuses to go on while a demo
/// account exists, since their passwords are published.</summary>
internal sealed class DemoAccountSeeder(KpiDbContext db, AccountService accounts, IOptions<SecurityOptions> options, IHostEnvironment environment, ILogger<DemoAccountSeeder> logger)
{
    public async Task RunAsync(CancellationToken ct = default)
    {
        if (!environment.IsDevelopment())
        {
            var demo = await db.Users.Where(u => u.IsDemo).Select(u => u.Email).ToListAsync(ct);
            if (demo.Count > 0)
                throw new InvalidOperationException(
                    $"Có tài khoản minh họa trong môi trường {environment.EnvironmentName} / demo accounts exist in {environment.EnvironmentName}: {string.Join(", ", demo)}. " +
                    "Remove them with `kpi users remove --email …` before starting.");
            return;
        }
        if (!options.Value.DemoEnabled(environment)) return;
        // One instance at a time: a second one starting together finds the accounts there.
        await using var transaction = await db.Database.BeginExclusiveTransactionAsync(ExclusiveTransaction.DemoAccounts, ct);
        foreach (var account in DemoAccount.All)
        {
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == account.Email.ToUpperInvariant(), ct)) continue;
            var outcome = await accounts.AddAsync(account.Email, account.Role, ProvinceList.Parse(account.Provinces), account.Password, "demo", isDemo: true, ct);
            if (!outcome.Succeeded) logger.LogWarning("Demo account {Email} not created: {Message}", account.Email, outcome.Message);
        }
        await transaction.CommitAsync(ct);
    }
}

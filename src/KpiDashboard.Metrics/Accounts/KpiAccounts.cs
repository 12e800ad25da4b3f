using KpiDashboard.Metrics.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Metrics.Accounts;

public static class KpiAccounts
{
    /// <summary>The password policy and lockout every host applies: 5 failures lock an account for 15 minutes.</summary>
    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 10;
        options.Password.RequireDigit = true;
        options.Password.RequireLowercase = true;
        options.Password.RequireUppercase = true;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
    }

    /// <summary>Accounts without sign-in (the command line): users, roles and the account service.</summary>
    public static IServiceCollection AddKpiAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<KpiUser>(Configure).AddRoles<IdentityRole>().AddEntityFrameworkStores<KpiDbContext>()
            .AddUserManager<KpiUserManager>();
        services.AddScoped<AccountService>();
        return services;
    }
}

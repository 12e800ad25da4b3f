using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>The app in an environment, on its own database, with requests from <see cref="RemoteAddressStartupFilter.Address"/>.</summary>
internal static class HardeningApp
{
    public static KpiWebFactory Create(TestDatabase db, string environment, Action<IServiceCollection>? services = null,
        params (string Key, string Value)[] settings)
    {
        var app = new KpiWebFactory(db)
        {
            EnvironmentName = environment,
            Settings = { ["Startup:LoadDemoData"] = "false", ["Summaries:Enabled"] = "false" },
            TestServices = s =>
            {
                s.AddTransient<IStartupFilter, RemoteAddressStartupFilter>();
                services?.Invoke(s);
            },
        };
        foreach (var (key, value) in settings) app.Settings[key] = value;
        return app;
    }

    public static HttpClient Raw(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task AddAccountAsync(WebApplicationFactory<Program> app, string email, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(email, role, [], SecurityFixture.TestPassword, "test");
        Assert.True(outcome.Succeeded, outcome.Message);
    }
}

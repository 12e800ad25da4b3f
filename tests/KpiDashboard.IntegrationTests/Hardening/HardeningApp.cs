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
    public static WebApplicationFactory<Program> Create(TestDatabase db, string environment, Action<IServiceCollection>? services = null,
        params (string Key, string Value)[] settings) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment(environment);
            foreach (var (key, value) in db.Settings) b.UseSetting(key, value);
            b.UseSetting("Startup:LoadDemoData", "false");
            b.UseSetting("Summaries:Enabled", "false");
            foreach (var (key, value) in settings) b.UseSetting(key, value);
            b.ConfigureServices(s =>
            {
                s.AddTransient<IStartupFilter, RemoteAddressStartupFilter>();
                services?.Invoke(s);
            });
        });

    public static HttpClient Raw(WebApplicationFactory<Program> app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static async Task AddAccountAsync(WebApplicationFactory<Program> app, string email, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(email, role, [], SecurityFixture.TestPassword, "test");
        Assert.True(outcome.Succeeded, outcome.Message);
    }
}

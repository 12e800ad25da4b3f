using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// The web app (the real Program) for every web test, on a <see cref="TestDatabase"/> of the run's provider, so each web
/// test runs on SQLite and on PostgreSQL. Settings, environment, clock and extra services are what a test varies.
/// </summary>
public class KpiWebFactory : WebApplicationFactory<Program>
{
    private TestDatabase? _database;

    public KpiWebFactory(TestDatabase? database = null) => _database = database;

    /// <summary>The app's database; a fixture that creates its own sets it before the app starts.</summary>
    public TestDatabase Database
    {
        get => _database ?? throw new InvalidOperationException("The app has no database yet: create one before starting it.");
        protected set => _database = value;
    }

    protected bool HasDatabase => _database is not null;

    /// <summary>Settings over the app's; the old units are not imported at start unless a test asks (they take seconds).</summary>
    public Dictionary<string, string?> Settings { get; } = new() { ["Startup:UnitsHistoryFolder"] = "" };

    public string EnvironmentName { get; init; } = "Development";

    /// <summary>The app's clock, when a test drives time (schedules, lockouts, lifetimes).</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Registrations added after the app's own (a startup filter, a replaced service).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    /// <summary>A client that neither follows redirects nor keeps cookies: each response as the app sent it.</summary>
    public HttpClient RawClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        foreach (var (key, value) in Database.Settings) builder.UseSetting(key, value);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        builder.ConfigureTestServices(services =>
        {
            if (Time is { } time) services.AddSingleton(time);
            TestServices?.Invoke(services);
        });
    }
}

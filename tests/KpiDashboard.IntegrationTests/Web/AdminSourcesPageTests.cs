using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Web;

public sealed class AdminSourcesPageTests : IAsyncLifetime
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"kpi-admin-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program> _factory = null!;

    public Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Kpi", $"Data Source={_file}");
            b.UseSetting("Database:CreateIfMissing", "true");
            b.UseSetting("Startup:LoadDemoData", "false");
            b.UseSetting("Pulls:Sources:0:Name", "phu-tho");
            b.UseSetting("Pulls:Sources:0:Url", "http://127.0.0.1:9/figures.csv");
            b.UseSetting("Pulls:Sources:0:Format", "csv");
        });
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" }) File.Delete(f);
    }

    [Fact]
    public async Task The_page_lists_each_source_with_its_last_status_rows_and_error()
    {
        var client = _factory.CreateClient();
        var admin = KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == KpiDashboard.Metrics.Accounts.Roles.Admin);
        await KpiDashboard.IntegrationTests.Admin.Forms.PostAsync(client, "/account/sign-in", "/account/sign-in", ("email", admin.Email), ("password", admin.Password));
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            db.PullSources.Add(new PullSourceState
            {
                Name = "phu-tho", LastStatus = PullStatus.Failed, LastRows = 0, LastError = "HTTP 404 Not Found",
                LastAttemptUtc = new DateTimeOffset(2025, 8, 1, 23, 0, 0, TimeSpan.Zero),
            });
            await db.SaveChangesAsync();
        }

        var html = await client.GetStringAsync("/Admin/Sources");

        Assert.Contains("phu-tho", html);
        Assert.Contains("failed", html);
        Assert.Contains("HTTP 404 Not Found", html);
        Assert.Contains("02/08/2025 06:00", html);
    }
}

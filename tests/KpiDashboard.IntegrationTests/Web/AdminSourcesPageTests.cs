using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Pulls;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Web;

public sealed class AdminSourcesPageTests : DatabaseTest
{
    private KpiWebFactory _factory = null!;

    protected override Task SeedAsync()
    {
        _factory = new KpiWebFactory(Database)
        {
            Settings =
            {
                ["Startup:LoadDemoData"] = "false",
                ["Pulls:Sources:0:Name"] = "phu-tho",
                ["Pulls:Sources:0:Url"] = "http://127.0.0.1:9/figures.csv",
                ["Pulls:Sources:0:Format"] = "csv",
            },
        };
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await base.DisposeAsync();
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

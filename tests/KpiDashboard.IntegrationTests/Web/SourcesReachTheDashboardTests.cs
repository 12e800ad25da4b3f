using System.Net;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Forms;
using KpiDashboard.IntegrationTests.Pulls;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>
/// Issue 7's "done": the seed article, a form filled in LibreOffice and a pull from a loopback server each end up on the
/// dashboard of an app that starts without demo data, through the commands and buttons an official uses.
/// </summary>
public sealed class SourcesReachTheDashboardTests : IAsyncLifetime
{
    private const string Source = "phutho-portal";
    // September 2025, Phú Thọ, as its one-stop system publishes it: postal services and telecommunications.
    private const string Published = Csv.Header + "2025-09,25,,BC,20,10,5,18,12,1,3,1\n2025-09,25,,VT,6,2,0,5,2,0,1,0\n";

    private readonly WebFixture _app = new();
    private LoopbackServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LoopbackServer.StartAsync();
        _server.CurrentCsv = Published;
        _app.Settings["Startup:LoadDemoData"] = "false";
        _app.Settings[$"Pulls:Sources:0:Name"] = Source;
        _app.Settings[$"Pulls:Sources:0:Url"] = _server.Url("/figures.csv");
        _app.Settings[$"Pulls:Sources:0:Format"] = "csv";
        _app.Settings["Security:SignInPermitsPerMinute"] = "1000";
        await _app.CreateDatabaseAsync();
        _ = _app.Server;
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task The_seed_article_a_LibreOffice_form_and_a_pull_each_show_on_the_province_page()
    {
        var seed = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "..", "shared", "seed"), "*.txt").Single();
        await Kpi("extract", seed, "--reference-date", "2025-08-12", "--save", "--url", "https://example.org/seed");
        await Kpi("ingest", seed, "--format", "text", "--period", "2025-07");
        await Kpi("ingest", Path.Combine(AppContext.BaseDirectory, "Forms", "Fixtures", LibreOfficeFormTests.Fixture));

        var admin = await AdminAsync();
        var pulled = await Admin.Forms.PostAsync(admin, "/Admin/Sources", $"/Admin/Sources/{Source}/pull");
        Assert.Equal(HttpStatusCode.Redirect, pulled.StatusCode);
        var sources = await admin.GetStringAsync(pulled.Headers.Location!.ToString());
        Assert.Contains("data-status=\"ok\"", Html.Row(sources, "data-source", Source));
        Assert.Equal(1, _server.Requests);

        var client = _app.CreateClient();
        // The article: the fields it names are facts; its totals are reported figures shown beside them, not added in.
        var july = await client.GetStringAsync("/provinces/25?period=2025-07");
        Assert.Equal("43", Html.Cell(july, "data-field", "TSVTD", "received"));
        Assert.Equal("34", Html.Cell(july, "data-field", "SHTT", "received"));
        var received = Html.Row(july, "data-reported", "received");
        Assert.Contains("<td data-value=\"stated\">91</td>", received);
        Assert.Contains("<td data-value=\"structured\">77</td>", received);
        Assert.Contains("Lệch</span> (+14)", WebUtility.HtmlDecode(received));
        Assert.Contains("<td data-value=\"stated\">55</td>", Html.Row(july, "data-reported", "resolved_early"));

        // The form: the provincial rows, with the unit and the month from its header.
        var august = await client.GetStringAsync("/provinces/25?period=2025-08");
        Assert.Equal("62", Html.Tile(august, "received"));
        Assert.Equal("45", Html.Cell(august, "data-field", "TSVTD", "received"));
        Assert.Equal("7", Html.Cell(august, "data-field", "TCDLCL", "received"));

        // The pull.
        var september = await client.GetStringAsync("/provinces/25?period=2025-09");
        Assert.Equal("38", Html.Tile(september, "received"));
        Assert.Equal("30", Html.Cell(september, "data-field", "BC", "received"));
        var nation = await client.GetStringAsync("/?period=2025-09");
        Assert.Equal("38", Html.Cell(nation, "data-province", "25", "received"));
    }

    private async Task Kpi(params string[] args)
    {
        var run = await KpiProcess.RunAsync(_app.Database, args);
        Assert.True(run.ExitCode == 0, $"kpi {string.Join(' ', args)}: {run.ExitCode}\n{run.Out}\n{run.Error}");
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var admin = DemoAccount.All.Single(a => a.Role == Roles.Admin);
        var response = await Admin.Forms.PostAsync(client, "/account/sign-in", "/account/sign-in", ("email", admin.Email), ("password", admin.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}

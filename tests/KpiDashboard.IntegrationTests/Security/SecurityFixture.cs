using KpiDashboard.IntegrationTests.Support;
using System.Net.Http.Headers;
using System.Text;
using KpiDashboard.IntegrationTests.Web;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>
/// The app as deployed (no public mode) on a fresh database of the run's provider in demo mode: the demo accounts, a ProvinceOfficer of
/// Hà Tĩnh (42), API tokens per role, communes of Phú Thọ with June 2025 figures (and one commune of Hà Tĩnh named like one of
/// Phú Thọ's), an upload limit of 1 MB, and a report archive of its own with a quota of <see cref="ArchiveQuota"/> files a day.
/// </summary>
public sealed class SecurityFixture : KpiWebFactory, IAsyncLifetime
{
    public const string Officer42Email = "hatinh@test.invalid";
    public const string TestPassword = "TestPassword2025";
    public const int UploadMegabytes = 1;
    public const int XlsxMegabytes = 8;
    public const int ArchiveQuota = 10;
    public const string CommuneTanHoa42 = "18001";

    private readonly Dictionary<Who, string> _tokens = [];

    public string ReportsRoot { get; } = Path.Combine(Path.GetTempPath(), $"kpi-reports-{Guid.NewGuid():N}");

    public SecurityFixture()
    {
        Settings["Security:SignInPermitsPerMinute"] = "100000";
        Settings["Security:ApiPermitsPerMinute"] = "100000";
        Settings["Security:MaxUploadMegabytes"] = UploadMegabytes.ToString();
        Settings["Security:XlsxMaxUncompressedMegabytes"] = XlsxMegabytes.ToString();
        Settings["Reports:MaxArchivedPerUserPerDay"] = ArchiveQuota.ToString();
        Settings["Reports:Root"] = ReportsRoot;
        TestServices = s => s.AddTransient<IStartupFilter, RemoteAddressStartupFilter>();
    }

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        var units = await scope.ServiceProvider.GetRequiredService<UnitImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(
            WebFixture.CommunesCsv + $"{CommuneTanHoa42},Phường Tân Hoà,42\n")));
        Assert.Empty(units.Errors);
        var figures = await scope.ServiceProvider.GetRequiredService<KpiDashboard.Ingestion.Batches.IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(WebFixture.FiguresCsv)), "communes.csv", new());
        Assert.Empty(figures.Errors);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        Assert.True((await accounts.AddAsync(Officer42Email, Roles.ProvinceOfficer, ["42"], TestPassword, "test")).Succeeded);
        var tokens = scope.ServiceProvider.GetRequiredService<ApiTokenService>();
        _tokens[Who.TokenAnalyst] = (await tokens.CreateAsync("analyst", Roles.Analyst, [], "test")).Secret;
        _tokens[Who.TokenOfficer25] = (await tokens.CreateAsync("phu tho", Roles.ProvinceOfficer, ["25"], "test")).Secret;
        _tokens[Who.TokenOfficer42] = (await tokens.CreateAsync("ha tinh", Roles.ProvinceOfficer, ["42"], "test")).Secret;
        _tokens[Who.TokenViewer] = (await tokens.CreateAsync("viewer", Roles.Viewer, [], "test")).Secret;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public static (string Email, string Password) Credentials(Who who) => who switch
    {
        Who.Admin => Demo(Roles.Admin),
        Who.Analyst => Demo(Roles.Analyst),
        Who.Officer25 => Demo(Roles.ProvinceOfficer),
        Who.Viewer => Demo(Roles.Viewer),
        Who.Officer42 => (Officer42Email, TestPassword),
        _ => throw new ArgumentOutOfRangeException(nameof(who), who, "not a person"),
    };

    private static (string, string) Demo(string role) => DemoAccount.All.Single(a => a.Role == role) is var a ? (a.Email, a.Password) : default;

    /// <summary>A client as the caller: anonymous, signed in through the sign-in page, or carrying a bearer token.</summary>
    public async Task<HttpClient> ClientAsync(Who who)
    {
        var client = Anonymous();
        if (who == Who.Anonymous) return client;
        if (_tokens.TryGetValue(who, out var token))
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return client;
        }
        var (email, password) = Credentials(who);
        await SignInAsync(client, email, password);
        return client;
    }

    public string TokenOf(Who who) => _tokens[who];

    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var response = await Forms.PostAsync(client, "/account/sign-in", "/account/sign-in", ("email", email), ("password", password));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Database.DisposeAsync();
        if (Directory.Exists(ReportsRoot)) Directory.Delete(ReportsRoot, recursive: true);
    }
}

using System.Text;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace KpiDashboard.BrowserTests;

/// <summary>
/// The real app on Kestrel at a loopback port over a fresh SQLite file (demo data, plus communes of Phú Thọ with
/// figures for June 2025), and Debian's Chromium driven by Playwright.
/// </summary>
public class BrowserApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";
    public const string CommuneTanHoa = "04792";

    private readonly string _database = Path.Combine(Path.GetTempPath(), $"kpi-browser-{Guid.NewGuid():N}.db");
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";
    /// <summary>The project's TestResults/screenshots (bin/{configuration}/{framework} is three levels down).</summary>
    public string Screenshots { get; } = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots"));

    /// <summary>A subscription, so that its edit form and preview are pages to visit.</summary>
    public int SubscriptionId { get; private set; }

    private readonly Dictionary<string, string> _signedIn = [];

    public BrowserApp() => UseKestrel(0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Kpi", KpiDatabase.ConnectionStringForFile(_database));
        builder.UseSetting("Database:CreateIfMissing", "true");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        // The scenario imports the communes it needs itself.
        builder.UseSetting("Startup:UnitsFile", "");
    }

    public async Task InitializeAsync()
    {
        var chromium = FindChromium();
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        await using (var scope = Services.CreateAsyncScope())
            await SeedAsync(scope.ServiceProvider);
        Directory.CreateDirectory(Screenshots);
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>What the app holds before the browser starts: communes of Phú Thọ with June 2025 figures, Hà Tĩnh's dossiers, a subscription.</summary>
    protected virtual async Task SeedAsync(IServiceProvider services)
    {
        var communes = "code,name,province_code\n04792,Phường Tân Hoà,25\n04795,Phường Hoà Bình,25\n04828,Phường Thống Nhất,25\n";
        await services.GetRequiredService<UnitImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(communes)));
        var figures =
            "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n" +
            "2025-06,25,04792,TSVTD,12,8,0,10,4,1,4,1\n" +
            "2025-06,25,04792,SHTT,3,2,0,2,2,0,1,0\n";
        var result = await services.GetRequiredService<IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(figures)), "communes.csv", new IngestOptions());
        Assert.Empty(result.Errors);
        // Hà Tĩnh's agencies' dossiers for the dossier pages (a province no other browser test writes), with a long procedure name.
        var dossiers =
            "dossier_code,procedure_code,procedure_name,field,province,commune,channel,received_at,due_at,finished_at,outcome\n" +
            "HT-2025-000101,1.004227,Cấp giấy phép sử dụng tần số vô tuyến điện đối với đài vô tuyến điện nghiệp dư và đài tàu biển,TSVTD,42,,online,2025-06-20,2025-06-30,,\n" +
            "HT-2025-000102,1.004227,,TSVTD,42,,offline,2025-07-01,2025-07-04,2025-07-08,resolved\n" +
            "HT-2025-000103,1.005123,Đăng ký hợp đồng chuyển giao công nghệ,SHTT,42,,online,2025-07-02,2025-07-10,,\n" +
            "HT-2025-000104,1.005123,,SHTT,42,,online,2025-07-03,2025-07-31,2025-07-15,resolved\n";
        result = await services.GetRequiredService<IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(dossiers)), "ho-so-ha-tinh.csv", new IngestOptions());
        Assert.Empty(result.Errors);
        var subscription = await services.GetRequiredService<SubscriptionService>()
            .SaveAsync(new SubscriptionService.Input("so.khcn@phutho.invalid", "Sở KH&CN Phú Thọ", "province:25", "vi"));
        SubscriptionId = subscription.Subscription!.Id;
    }

    /// <summary>A browser context signed in as a demo account (signed in once, the cookies reused), or anonymous for null.</summary>
    public async Task<IBrowserContext> ContextAsync(string? email, int width, int height)
    {
        var options = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } };
        if (email is null)
        {
            var anonymous = await Browser.NewContextAsync(options);
            anonymous.SetDefaultTimeout(90_000);
            return anonymous;
        }
        if (!_signedIn.TryGetValue(email, out var state))
        {
            await using var first = await Browser.NewContextAsync(options);
            first.SetDefaultTimeout(90_000);
            var page = await first.NewPageAsync();
            await page.GotoAsync(BaseUrl + "/account/sign-in");
            await page.FillAsync("#email", email);
            await page.FillAsync("#password", DemoAccount.All.Single(a => a.Email == email).Password);
            await page.ClickAsync("#sign-in-submit");
            await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal));
            _signedIn[email] = state = await first.StorageStateAsync();
        }
        options.StorageState = state;
        var context = await Browser.NewContextAsync(options);
        // Generous: the machines running the suite are often shared and busy.
        context.SetDefaultTimeout(90_000);
        return context;
    }

    /// <summary>The chromium binary as `which chromium` finds it; a missing browser fails the tests, it never skips them.</summary>
    private static string FindChromium()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "chromium")).FirstOrDefault(File.Exists);
        return onPath ?? (File.Exists(ChromiumPath) ? ChromiumPath : throw new InvalidOperationException(
            "Chromium is not installed: the browser tests need Debian's chromium package (apt-get install -y chromium fonts-dejavu-core; tests/run.sh does it)."));
    }

    public new async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" }) File.Delete(file);
    }
}

using System.Globalization;
using System.Text;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.IntegrationTests.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// The web app as a public read-only dashboard (the demo data and accounts, anonymous pages) on its own clock, for the
/// page cache tests; several may share one database, as instances of one deployment do.
/// </summary>
public sealed class PageCacheApp : KpiWebFactory
{
    public const string ProvincePage = "/provinces/25?period=2025-06";
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public PageCacheApp(TestDatabase database, FakeTimeProvider clock) : base(database)
    {
        Clock = clock;
        Time = clock;
        Settings["Security:PublicReadOnly"] = "true";
        Settings["Startup:UnitsFile"] = "";
    }

    public FakeTimeProvider Clock { get; }

    public static FakeTimeProvider NewClock() => new(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()));

    /// <summary>Starts the app and imports the three communes of Phú Thọ that <see cref="WebFixture.FiguresCsv"/> reports.</summary>
    public async Task StartWithCommunesAsync()
    {
        _ = Server;
        await using var scope = Services.CreateAsyncScope();
        var units = await scope.ServiceProvider.GetRequiredService<UnitImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(WebFixture.CommunesCsv)));
        Assert.Empty(units.Errors);
    }

    /// <summary>A batch through this instance: commune figures of Phú Thọ for June 2025.</summary>
    public async Task IngestCommuneFiguresAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(WebFixture.FiguresCsv)), "communes-2025-06.csv", new IngestOptions());
        Assert.Empty(result.Errors);
    }

    /// <summary>Approves a commune's June 2025 report through this instance.</summary>
    public async Task ApproveJuneAsync(string commune)
    {
        await using var scope = Services.CreateAsyncScope();
        var outcome = await scope.ServiceProvider.GetRequiredService<KpiDashboard.Metrics.Submissions.SubmissionApproval>()
            .ActAsync(KpiDashboard.Metrics.Submissions.SubmissionAction.Approve, commune, null, new KpiDashboard.Metrics.Periods.Month(2025, 6), null, "approver@phutho.invalid");
        Assert.True(outcome.Succeeded);
    }

    /// <summary>Phú Thọ's received dossiers in June 2025 as the page must show them: summed from the facts in plain SQL.</summary>
    public async Task<string> ReceivedInJuneAsync()
    {
        var total = await FactSql.TotalAsync(Database, 202506, 202506, province: "25");
        return total["Received"].Value is { } v ? v.ToString("N0", Vi) : "—";
    }
}

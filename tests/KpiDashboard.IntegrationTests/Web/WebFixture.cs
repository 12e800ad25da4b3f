using KpiDashboard.IntegrationTests.Support;
using System.Text;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>
/// The web app on a fresh database of the run's provider: migrated and filled with the demo on start, then three communes of Phú Thọ
/// and commune-level figures for two of them in June 2025 (the demo has none).
/// </summary>
public sealed class WebFixture : KpiWebFactory, IAsyncLifetime
{
    public const string CommuneTanHoa = "04792";
    public const string CommuneHoaBinh = "04795";
    public const string CommuneThongNhat = "04828";

    public static readonly string CommunesCsv =
        "code,name,province_code\n" +
        $"{CommuneTanHoa},Phường Tân Hoà,25\n" +
        $"{CommuneHoaBinh},Phường Hoà Bình,25\n" +
        $"{CommuneThongNhat},Phường Thống Nhất,25\n";

    // Tân Hòa: 12 + 8 received, 15 resolved (10 early); Hòa Bình knows only its online count and resolutions.
    public static readonly string FiguresCsv =
        "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n" +
        $"2025-06,25,{CommuneTanHoa},TSVTD,12,8,0,10,4,1,4,1\n" +
        $"2025-06,25,{CommuneHoaBinh},SHTT,5,,,3,1,0,,\n";

    /// <summary>The dashboard tests read pages as the public would: read-only mode, no sign-in (the sign-in and the
    /// rules per role are tested in Security/). The fixture imports the communes it needs itself.</summary>
    public WebFixture()
    {
        Settings["Security:PublicReadOnly"] = "true";
        Settings["Startup:UnitsFile"] = "";
    }

    /// <summary>A fresh database for the app; InitializeAsync calls it, tests that start the app themselves call it first.</summary>
    public async Task CreateDatabaseAsync() => Database = await TestDatabase.CreateAsync();

    public async Task InitializeAsync()
    {
        await CreateDatabaseAsync();
        _ = Server; // starts the app: migration and demo data
        await using var scope = Services.CreateAsyncScope();
        var units = await scope.ServiceProvider.GetRequiredService<UnitImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(CommunesCsv)));
        Assert.Empty(units.Errors);
        await IngestAsync(FiguresCsv, "communes-2025-06.csv");
    }

    public async Task<IngestResult> IngestAsync(string csv, string name)
    {
        await using var scope = Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(csv)), name, new IngestOptions());
        Assert.Empty(result.Errors);
        return result;
    }

    /// <summary>Stops the app and drops its database, whether xunit disposes the fixture or a test's <c>await using</c> does.</summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (HasDatabase && !_dropped)
        {
            _dropped = true;
            await Database.DisposeAsync();
        }
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    private bool _dropped;
}

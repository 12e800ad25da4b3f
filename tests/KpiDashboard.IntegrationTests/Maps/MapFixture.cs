using KpiDashboard.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiDashboard.IntegrationTests.Maps;

/// <summary>
/// The web app as a first start in Development does it: the official commune list and the commune boundaries imported
/// from ../shared (Startup:UnitsFile, Startup:BoundariesFile), then the demo with its commune figures. Read-only public
/// mode, so the map tests need no sign-in (the rules per role are tested in Security/).
/// </summary>
public sealed class MapFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("No database yet.");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Database.Settings) builder.UseSetting(key, value);
        builder.UseSetting("Startup:UnitsFile", RepositoryPaths.SharedData("vn-admin-units-2025.json"));
        builder.UseSetting("Startup:BoundariesFile", RepositoryPaths.SharedData(Path.Combine("vn-boundaries-2025", "communes-simplified.topojson")));
        builder.UseSetting("Security:PublicReadOnly", "true");
    }

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _ = Server;
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_database is not null) await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class MapCollection : ICollectionFixture<MapFixture>
{
    public const string Name = "maps";
}

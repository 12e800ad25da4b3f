using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>
/// One database for the run tests: the official commune list imported before the demo (so it has commune figures from
/// July 2025), and subscriptions for the nation, every province and the first communes of Phú Thọ, some in English.
/// Each test sends its own period, so the outbox rows of one test are not another's.
/// </summary>
public sealed class SummaryRunFixture : IAsyncLifetime
{
    public const int PhuThoCommunes = 16;

    internal TestDatabase Database { get; private set; } = null!;
    /// <summary>With the real official form attached; its SMTP port is never used.</summary>
    internal EmailTestHost Host { get; private set; } = null!;
    public IReadOnlyList<Subscription> Subscriptions { get; private set; } = [];

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Host = await EmailTestHost.CreateAsync(1, Database);
        await using (var file = File.OpenRead(RepositoryPaths.SharedData("vn-admin-units-2025.json")))
        {
            var units = await Host.WithScopeAsync(sp => sp.GetRequiredService<UnitImport>().ImportAsync(file));
            Assert.Empty(units.Errors);
        }
        await Host.WithScopeAsync(sp => sp.GetRequiredService<DemoDataLoader>().LoadAsync());
        var (provinces, communes) = await Host.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<KpiDbContext>();
            var p = await db.Provinces.AsNoTracking().Select(x => x.Code).OrderBy(x => x).ToListAsync();
            var c = await db.Communes.AsNoTracking().Where(x => x.ProvinceCode == "25").Select(x => x.Code).OrderBy(x => x)
                .Take(PhuThoCommunes).ToListAsync();
            return (p, c);
        });
        var list = new List<Subscription> { await Host.SubscribeAsync("toan-quoc@example.vn", "Văn phòng Chính phủ", "nation") };
        foreach (var p in provinces) list.Add(await Host.SubscribeAsync($"tinh-{p}@example.vn", $"Sở {p}", $"province:{p}"));
        for (var i = 0; i < communes.Count; i++)
            list.Add(await Host.SubscribeAsync($"xa-{communes[i]}@example.vn", $"UBND {communes[i]}", $"commune:{communes[i]}", i % 4 == 3 ? "en" : "vi"));
        list.Add(await Host.SubscribeAsync("province-en@example.vn", "Department 25", "province:25", "en"));
        Subscriptions = list;
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Database.DisposeAsync();
    }
}

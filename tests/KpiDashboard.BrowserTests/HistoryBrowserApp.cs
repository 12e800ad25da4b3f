using System.Text;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.History;
using KpiDashboard.Ingestion.Units;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.BrowserTests;

/// <summary>
/// The app with the units of before 1 July 2025 imported (today's list, then the history folder) and figures of old Vĩnh
/// Phúc (26) for mid-2024, its districts' own rows included: for the old units' pages. A host of its own, since the
/// history changes how every month before July 2025 is read.
/// </summary>
public sealed class HistoryBrowserApp : BrowserApp
{
    private const string Header = "period,province,Quận/Huyện,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n";

    private static string Row(string period, string district, string commune, string field, int k) =>
        $"{period},26,{district},{commune},{field},{10 * k},{5 * k},{2 * k},{8 * k},{4 * k},{k},{3 * k},{k}\n";

    protected override async Task SeedAsync(IServiceProvider services)
    {
        var data = SharedData();
        await using (var list = File.OpenRead(Path.Combine(data, "vn-admin-units-2025.json")))
            Assert.Empty((await services.GetRequiredService<UnitImport>().ImportAsync(list)).Errors);
        Assert.Empty((await services.GetRequiredService<HistoryImport>().ImportAsync(Path.Combine(data, "vn-admin-units-history"))).Errors);
        var figures = new StringBuilder(Header);
        foreach (var period in new[] { "2024-06", "2024-07" })
        {
            figures.Append(Row(period, "", "", "SHTT", 3)).Append(Row(period, "", "", "TSVTD", 2));
            figures.Append(Row(period, "243", "", "SHTT", 2)).Append(Row(period, "Huyện Lập Thạch", "", "SHTT", 1));
            figures.Append(Row(period, "", "08707", "SHTT", 4)).Append(Row(period, "", "Xã Quang Sơn", "TSVTD", 5));
        }
        var result = await services.GetRequiredService<IngestService>()
            .IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(figures.ToString())), "vinh-phuc-2024.csv", new IngestOptions());
        Assert.Empty(result.Errors);
    }

    /// <summary>../shared/data beside the repository (the folder that holds KpiDashboard.sln).</summary>
    private static string SharedData()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "KpiDashboard.sln")))
                return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data"));
        throw new InvalidOperationException("KpiDashboard.sln not found above " + AppContext.BaseDirectory);
    }
}

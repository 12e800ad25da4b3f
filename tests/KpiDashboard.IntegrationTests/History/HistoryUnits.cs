using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.History;
using KpiDashboard.Ingestion.Units;

namespace KpiDashboard.IntegrationTests.History;

/// <summary>Today's communes and the old units with their links, from ../shared/data, as a deployment imports them.</summary>
internal static class HistoryUnits
{
    public static string Folder => Path.GetDirectoryName(RepositoryPaths.SharedData(Path.Combine("vn-admin-units-history", "README.md")))!;

    public static async Task<HistoryImport.Outcome> ImportAsync(TestDatabase db)
    {
        await using (var list = File.OpenRead(RepositoryPaths.SharedData("vn-admin-units-2025.json")))
        {
            var today = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(list));
            Assert.Empty(today.Errors);
        }
        var outcome = await db.With<HistoryImport, HistoryImport.Outcome>(h => h.ImportAsync(Folder));
        Assert.Empty(outcome.Errors);
        return outcome;
    }
}

using System.Text.Json;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>Work done with `kpi` reaches the same audit log as the web, under the operating-system account.</summary>
public sealed class CliAuditTests : DatabaseTest
{
    [Fact]
    public async Task An_ingest_and_its_rollback_are_audited()
    {
        var file = Path.Combine(Database.Folder, "figures.csv");
        await File.WriteAllTextAsync(file, Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n");
        var ingest = await KpiProcess.RunAsync(Database, "ingest", file, "--json");
        Assert.Equal(0, ingest.ExitCode);
        var batch = JsonDocument.Parse(ingest.Out).RootElement.GetProperty("batch_id").GetInt32();
        Assert.Equal(0, (await KpiProcess.RunAsync(Database, "batches", "rollback", batch.ToString())).ExitCode);

        await using var db = Database.Open();
        var entries = await db.AuditEntries.OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["ingest", "batch.rollback"], entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.StartsWith("cli:", e.Actor));
        Assert.Contains("figures.csv", entries[0].Details);
    }
}

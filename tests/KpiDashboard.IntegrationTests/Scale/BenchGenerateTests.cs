using System.Text.Json;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Scale;

public sealed class BenchGenerateTests
{
    [Fact]
    public async Task The_synthetic_file_is_deterministic_and_ingests_without_errors_or_warnings()
    {
        await using var db = await TestDatabase.CreateAsync();
        var units = RepositoryPaths.SharedData("vn-admin-units-2025.json");
        var file = Path.Combine(db.Folder, "bench.csv");
        string[] generate = ["bench", "generate", "--months", "3", "--fields", "8", "--communes", "5", "--units", units, "--out", file];
        Assert.Equal(0, (await KpiProcess.RunAsync(db, generate)).ExitCode);
        var first = await File.ReadAllBytesAsync(file);
        Assert.Equal(0, (await KpiProcess.RunAsync(db, generate)).ExitCode);
        Assert.Equal(first, await File.ReadAllBytesAsync(file));

        Assert.Equal(0, (await KpiProcess.RunAsync(db, "units", "import", units)).ExitCode);
        Assert.Equal(0, (await KpiProcess.RunAsync(db, "fields", "import", file + ".fields.csv")).ExitCode);
        var ingest = await KpiProcess.RunAsync(db, "ingest", file, "--json");
        Assert.Equal(0, ingest.ExitCode);
        using var json = JsonDocument.Parse(ingest.Out);
        Assert.Equal(5 * 8 * 3, json.RootElement.GetProperty("inserted").GetInt32());
        // carried_over equals last month's pending, so the second and third months raise no warning.
        Assert.Equal(0, json.RootElement.GetProperty("warnings").GetArrayLength());
    }

    [Fact]
    public async Task Without_units_the_imported_communes_are_required()
    {
        await using var db = await TestDatabase.CreateAsync();
        var run = await KpiProcess.RunAsync(db, "bench", "generate", "--months", "1", "--fields", "1", "--out", Path.Combine(db.Folder, "x.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("units import", run.Error);
    }
}

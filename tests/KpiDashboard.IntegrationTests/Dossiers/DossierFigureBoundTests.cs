using System.Text;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Units;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// A small list that would ask for millions of figures (every commune and field, pending since 2016, in every month to
/// 2025) is refused before any is computed: each unit and field gets a figure in every window of the list's span.
/// </summary>
public sealed class DossierFigureBoundTests : DatabaseTest
{
    protected override async Task SeedAsync()
    {
        await using var list = File.OpenRead(RepositoryPaths.SharedData("vn-admin-units-2025.json"));
        Assert.Empty((await Service<UnitImport>().ImportAsync(list)).Errors);
    }

    [Fact]
    public async Task A_list_that_would_give_more_figures_than_the_bound_exits_2_and_writes_nothing()
    {
        var communes = await Db.Communes.Select(c => new { c.Code, c.ProvinceCode }).ToListAsync();
        var text = new StringBuilder(DossierLists.Header).Append('\n');
        var n = 0;
        foreach (var c in communes)
            foreach (var field in new[] { "TSVTD", "SHTT" })
                text.Append($"HS{n++},1.1,{field},{c.ProvinceCode},{c.Code},online,2016-01-20,,5,0,0,,\n");
        text.Append($"HS{n},1.1,TSVTD,25,,online,2025-12-10,,5,0,0,,\n");
        var path = Path.Combine(Database.Folder, "thua.csv");
        await File.WriteAllTextAsync(path, text.ToString());

        var run = await KpiProcess.RunAsync(Database, "ingest", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("thua.csv: outside_limits", run.Error);
        Assert.Contains("more than 500,000", run.Error);
        Assert.Equal(0, await Db.Dossiers.CountAsync());
        Assert.Equal(0, await Db.Facts.CountAsync());
    }
}

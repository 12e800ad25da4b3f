using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Excel;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Access;

/// <summary>A province officer's scope is enforced by the query and ingestion services themselves.</summary>
public sealed class ProvinceScopeTests : DatabaseTest
{
    private static readonly AccessScope PhuThoOfficer = AccessScope.ForProvinces(["25"], canIngest: true);

    protected override async Task SeedAsync()
    {
        await Database.IngestAsync(Csv.Header + "2025-07,25,,SHTT,20,14,6,20,7,0,12,1\n2025-07,42,,SHTT,5,5,0,4,4,1,1,0\n");
    }

    [Fact]
    public async Task The_nation_seen_by_a_province_officer_is_their_province()
    {
        await using var context = Database.Open();
        var query = new FigureQuery(context, PhuThoOfficer);
        var nation = await query.TotalAsync(Scope.Nation, Period.Parse("2025-07"));
        Assert.Equal(34, nation.Received.Value);
        Assert.Equal(["25"], (await query.ByProvinceAsync(Scope.Nation, Period.Parse("2025-07"))).Select(g => g.Key));
    }

    [Fact]
    public async Task Another_province_is_denied()
    {
        await using var context = Database.Open();
        var query = new FigureQuery(context, PhuThoOfficer);
        await Assert.ThrowsAsync<AccessDeniedException>(() => query.TotalAsync(new Scope("42"), Period.Parse("2025-07")));
    }

    [Fact]
    public async Task The_csv_export_holds_only_their_province()
    {
        await using var context = Database.Open();
        using var stream = new MemoryStream();
        await new FactCsvExporter(new FigureQuery(context, PhuThoOfficer), context).WriteAsync(stream, Scope.Nation, Period.Parse("2025-07"));
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("2025-07,25,", lines[1]);
    }

    [Fact]
    public async Task A_file_with_rows_of_another_province_is_rejected_whole_naming_the_rows()
    {
        await using var scope = Database.Scope();
        var service = ActivatorUtilities.CreateInstance<IngestService>(scope.ServiceProvider, PhuThoOfficer);
        var before = await Database.DumpAsync();
        var result = await service.IngestAsync(Csv.Stream(Csv.Header +
            "2025-08,25,,SHTT,20,14,13,20,7,0,19,1\n" +
            "2025-08,Hà Tĩnh,,SHTT,5,5,0,4,4,1,1,0\n"), "mixed.csv", new IngestOptions());
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "province", "forbidden_province"), (error.Row, error.Column, error.Code));
        Assert.Equal(before, await Database.DumpAsync());
    }

    [Fact]
    public async Task A_read_only_scope_cannot_ingest_at_all()
    {
        await using var scope = Database.Scope();
        var service = ActivatorUtilities.CreateInstance<IngestService>(scope.ServiceProvider, AccessScope.ForProvinces(["25"], canIngest: false));
        var result = await service.IngestAsync(Csv.Stream(Csv.Header + "2025-08,25,,SHTT,20,14,13,20,7,0,19,1\n"), "x.csv", new IngestOptions());
        Assert.Equal("forbidden_province", Assert.Single(result.Errors).Code);
    }
}

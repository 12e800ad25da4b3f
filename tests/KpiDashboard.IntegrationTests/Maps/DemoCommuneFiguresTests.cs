using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Maps;

/// <summary>
/// The demo with the official commune list: commune figures in every province, wards busier than rural communes, some
/// communes silent and some late; the provincial agencies' figures, and Phú Thọ's July 2025, exactly as without communes.
/// </summary>
public sealed class DemoCommuneFiguresTests : IAsyncLifetime
{
    private static readonly Period July2025 = Period.Parse("2025-07");
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await using var stream = File.OpenRead(RepositoryPaths.SharedData("vn-admin-units-2025.json"));
        Assert.Empty((await _db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(stream))).Errors);
        await _db.With<DemoDataLoader, IngestResult>(d => d.LoadAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private async Task<(Figures Agencies, Figures Communes)> Levels(Scope scope, Period period)
    {
        var groups = await _db.With<FigureQuery, IReadOnlyList<Grouped<bool>>>(q => q.SumByAsync(scope, period.First, period.Last, r => r.CommuneLevel));
        return (groups.SingleOrDefault(g => !g.Key)?.Figures ?? Figures.Empty, groups.SingleOrDefault(g => g.Key)?.Figures ?? Figures.Empty);
    }

    [Fact]
    public async Task Phu_tho_july_2025_provincial_agencies_are_the_seed_article_and_the_communes_come_on_top()
    {
        var (agencies, communes) = await Levels(new Scope("25"), July2025);
        Assert.Equal((91L, 73L, 55L), (agencies.Received.Value!.Value, agencies.Resolved.Value!.Value, agencies.ResolvedEarly.Value!.Value));
        Assert.Equal(43, (await Levels(new Scope("25", FieldCode: "TSVTD"), July2025)).Agencies.Received.Value);
        Assert.Equal(34, (await Levels(new Scope("25", FieldCode: "SHTT"), July2025)).Agencies.Received.Value);
        Assert.True(communes.Received.Value > 0);
        var total = await _db.With<FigureQuery, Figures>(q => q.TotalAsync(new Scope("25"), July2025));
        Assert.Equal(91 + communes.Received.Value, total.Received.Value);
    }

    [Fact]
    public async Task The_provincial_agencies_rows_are_exactly_those_of_the_demo_without_communes()
    {
        var last = await _db.With<DemoDataLoader, Month>(d => Task.FromResult(d.LatestCompleteMonth()));
        var expected = DemoDataGenerator.Generate(last).ToDictionary(r => (r.Key.Period, r.Key.ProvinceCode, r.Key.FieldCode), r => r.Values.Received);
        var stored = await _db.With<KpiDbContext, List<(int, string, string, int?)>>(async db =>
            (await db.Facts.Where(f => f.CommuneCode == null).Select(f => new { f.Period, f.ProvinceCode, f.FieldCode, f.Values.Received }).ToListAsync())
            .Select(f => (f.Period, f.ProvinceCode, f.FieldCode, f.Received)).ToList());
        Assert.Equal(expected.Count, stored.Count);
        Assert.All(stored, s => Assert.Equal(expected[(s.Item1, s.Item2, s.Item3)], s.Item4));
    }

    [Fact]
    public async Task Every_province_has_commune_figures_in_the_decentralised_fields_only_with_silent_and_late_communes()
    {
        var facts = await _db.With<KpiDbContext, List<FactRow>>(db => db.Facts.Where(f => f.CommuneCode != null && f.Period == 202507)
            .Select(f => new FactRow(f.ProvinceCode, f.CommuneCode!, f.FieldCode, f.Values.Received!.Value, f.Values.PendingOverdue!.Value, f.Values.ResolvedLate!.Value))
            .ToListAsync());
        Assert.Equal(34, facts.Select(f => f.Province).Distinct().Count());
        Assert.Equal(DemoCommuneFigures.Fields.Order(), facts.Select(f => f.Field).Distinct().Order());

        var communes = await _db.With<KpiDbContext, List<(string Code, string Kind)>>(async db =>
            (await db.Communes.Select(c => new { c.Code, c.Kind }).ToListAsync()).Select(c => (c.Code, c.Kind)).ToList());
        var reporting = facts.Select(f => f.Commune).ToHashSet();
        var silent = communes.Count(c => !reporting.Contains(c.Code));
        Assert.InRange(silent, 50, 300); // a few in every province, not most
        Assert.Contains(facts, f => f.Overdue > 0);
        Assert.Contains(facts, f => f.Late > 0);

        var kinds = communes.ToDictionary(c => c.Code, c => c.Kind);
        var perWard = facts.Where(f => kinds[f.Commune] == "Phường").Average(f => f.Received);
        var perRural = facts.Where(f => kinds[f.Commune] == "Xã").Average(f => f.Received);
        Assert.True(perWard > 2 * perRural, $"wards {perWard:0.0} against rural communes {perRural:0.0}");
    }

    private sealed record FactRow(string Province, string Commune, string Field, int Received, int Overdue, int Late);
}

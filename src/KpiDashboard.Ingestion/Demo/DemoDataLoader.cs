using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Demo;

/// <summary>Loads the demo dataset as one batch flagged as demo, through the same writer as any file.</summary>
public sealed class DemoDataLoader(KpiDbContext db, BatchWriter writer, TimeProvider time)
{
    public const string SourceName = "demo (dữ liệu minh họa / demo data)";

    /// <summary>The latest complete month: the one before the current month in Vietnam.</summary>
    public Month LatestCompleteMonth()
    {
        var today = VietnamTime.Today(time);
        return new Month(today.Year, today.Month).Previous;
    }

    public async Task<IngestResult> LoadAsync(CancellationToken ct = default)
    {
        var last = LatestCompleteMonth();
        // The communes' figures need the commune list: without one, the demo has the provincial agencies only.
        var communes = await db.Communes.AsNoTracking().ToListAsync(ct);
        var history = await HistoryAsync(communes, ct);
        var rows = DemoDataGenerator.Generate(last, communes, history).ToList();
        var file = new FigureFile.Result(rows, [], rows.Count,
            Enum.GetValues<FigureColumn>().Where(c => c >= FigureColumn.ReceivedOnline).ToHashSet());
        var hash = communes.Count == 0 ? $"demo-{DemoDataGenerator.FirstMonth}-{last}" : $"demo-{DemoDataGenerator.FirstMonth}-{last}-{communes.Count}";
        if (history is not null) hash += $"-history-{history.OldCommunes.Count}";
        return await writer.WriteAsync(file, SourceName, hash, new IngestOptions(IsDemo: true), ct);
    }

    /// <summary>
    /// Whether the demo goes into the old units before July 2025: only once the history units are imported
    /// (`kpi units import-history DIR`); without them every month is in today's units.
    /// </summary>
    public Task<bool> InOldUnitsAsync(CancellationToken ct = default) =>
        db.Provinces.IgnoreQueryFilters().AnyAsync(p => p.ValidTo != null, ct);

    private async Task<DemoHistory?> HistoryAsync(IReadOnlyList<Metrics.Entities.Commune> today, CancellationToken ct)
    {
        if (!await InOldUnitsAsync(ct)) return null;
        var oldProvinces = await db.Provinces.IgnoreQueryFilters().AsNoTracking().Where(p => p.ValidTo != null).ToListAsync(ct);
        var links = await db.UnitLinks.AsNoTracking().Where(l => l.Level != Metrics.Entities.UnitLink.DistrictLevel).ToListAsync(ct);
        var oldCommunes = await db.Communes.IgnoreQueryFilters().AsNoTracking().Where(c => c.ValidTo != null).ToListAsync(ct);
        return DemoHistory.Of(oldProvinces, links, oldCommunes, today);
    }

    /// <summary>Loads the demo only into a database that has no facts yet.</summary>
    public async Task<bool> LoadIfEmptyAsync(CancellationToken ct = default)
    {
        if (await db.Facts.AnyAsync(ct)) return false;
        await LoadAsync(ct);
        return true;
    }
}

using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// Ingests a dossier list: every row validated, the figures of every window it covers computed by <see cref="DossierRules"/>
/// on the database's working-day calendar, and written as one batch through the batch writer (re-ingest changes
/// nothing, a corrected list updates only what changed, rollback), with the dossiers kept in the same transaction.
/// </summary>
public sealed class DossierIngest(KpiDbContext db, BatchWriter writer, AccessScope access, DossierRuleOptions? ruleOptions = null, IReportingWindows? windows = null)
{
    private const int Chunk = 2000;

    public async Task<IngestResult> IngestAsync(Func<ITableSource> open, UnitDirectory units, string sourceName, string hash,
        IngestOptions options, CancellationToken ct)
    {
        var rules = new DossierRules(await CalendarStore.LoadAsync(db, ct), windows, ruleOptions);
        var list = DossierList.Read(open, units, rules, access);
        if (list.Errors.Count > 0)
            return new IngestResult { SourceName = sourceName, SourceHash = hash, RowsRead = list.RowsRead, Errors = list.Errors.OrderedByRow(), Warnings = list.Warnings, DryRun = options.DryRun };
        var figures = DossierFigures.Compute(list.Rows, rules);
        var file = new FigureFile.Result(figures, [], figures.Count, AllMeasures);
        var result = await writer.WriteAsync(file, sourceName, hash, options, ct, batchId => SaveDossiersAsync(list.Rows, batchId, ct));
        return result with { RowsRead = list.RowsRead, Warnings = [.. list.Warnings, .. result.Warnings] };
    }

    private static readonly IReadOnlySet<FigureColumn> AllMeasures =
        Enum.GetValues<FigureColumn>().Where(c => c >= FigureColumn.ReceivedOnline).ToHashSet();

    /// <summary>Replaces the stored dossiers with the same unit and code, inside the batch's transaction.</summary>
    private async Task SaveDossiersAsync(IReadOnlyList<DossierRow> rows, int batchId, CancellationToken ct)
    {
        var unitCodes = rows.Select(r => r.UnitCode).Distinct().ToList();
        var inFile = rows.Select(r => (r.UnitCode, r.Code)).ToHashSet();
        var stale = new List<long>();
        foreach (var units in unitCodes.Chunk(200))
        {
            await foreach (var d in db.Dossiers.AsNoTracking().Where(d => units.Contains(d.UnitCode)).Select(d => new { d.Id, d.UnitCode, d.Code }).AsAsyncEnumerable().WithCancellation(ct))
                if (inFile.Contains((d.UnitCode, d.Code))) stale.Add(d.Id);
        }
        foreach (var ids in stale.Chunk(500))
            await db.Dossiers.Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync(ct);
        foreach (var chunk in rows.Chunk(Chunk))
        {
            db.Dossiers.AddRange(chunk.Select(r => new Dossier
            {
                UnitCode = r.UnitCode, ProvinceCode = r.ProvinceCode, CommuneCode = r.CommuneCode, Code = r.Code,
                OldProvinceCode = r.OldProvinceCode, OldCommuneCode = r.OldCommuneCode, DueFromHandlingDays = r.DueFromHandlingDays,
                ProcedureCode = r.ProcedureCode, ProcedureName = r.ProcedureName, FieldCode = r.FieldCode, Online = r.Dates.Online,
                ReceivedOn = r.Dates.ReceivedOn, DueOn = r.Dates.DueOn, HandlingDays = r.HandlingDays,
                SupplementRequests = r.Dates.SupplementRequests, SupplementDays = r.Dates.SupplementDays,
                FinishedOn = r.Dates.FinishedOn, Outcome = r.Dates.Outcome, BatchId = batchId,
            }));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
    }
}

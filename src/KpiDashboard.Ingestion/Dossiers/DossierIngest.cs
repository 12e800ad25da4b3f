using System.Globalization;
using System.Data.Common;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Batches.Staging;
using KpiDashboard.Ingestion.Dossiers.Staging;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Names;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// Ingests a dossier list as one batch, streaming: every row is validated, staged in a temporary table and counted
/// into the figures of its windows (<see cref="DossierFigures"/>, on the database's working-day calendar) as it is read;
/// repeated codes are suspected from their hashes (<see cref="RepeatedCodes"/>) and only then named in SQL. The figures
/// go through the batch writer (re-ingest changes nothing, a corrected list updates only what changed, rollback) and the
/// staged dossiers replace the stored ones of the same unit and code that differ, in the same transaction (kept in
/// ReplacedDossiers for a rollback); a list whose figures stay the same but whose dossiers changed (a procedure renamed
/// or its code corrected) is a batch of its dossiers only. Memory does not grow with the list.
/// </summary>
public sealed class DossierIngest(KpiDbContext db, BatchWriter writer, AccessScope access, TimeProvider time, DossierRuleOptions? ruleOptions = null, IReportingWindows? windows = null)
{
    public async Task<IngestResult> IngestAsync(Func<ITableSource> open, UnitDirectory units, string sourceName, string hash,
        IngestOptions options, CancellationToken ct)
    {
        var rules = new DossierRules(await CalendarStore.LoadAsync(db, ct), windows, ruleOptions);
        using var list = DossierStream.Open(open, units, rules, access, VietnamTime.Today(time));
        if (list.HeaderErrors.Count > 0)
            return new IngestResult { SourceName = sourceName, SourceHash = hash, Errors = list.HeaderErrors, DryRun = options.DryRun };
        var errors = new IngestErrors();
        var sql = new DossierStagingSql(db.Database.IsNpgsql());
        (DbConnection Connection, DbTransaction Tx)? batch = null;
        var result = await writer.WriteAsync(async (connection, tx, phases, token) =>
            {
                batch = (connection, tx);
                return await StageAsync(list, rules, sql, connection, tx, errors, phases, token);
            },
            () => list.RowsRead, AllMeasures, errors, sourceName, hash, options, ct,
            batchId => ReplaceStoredAsync(sql, batch!.Value.Connection, batch.Value.Tx, batchId, ct),
            async () => await BatchWriter.ScalarAsync(batch!.Value.Connection, batch.Value.Tx, sql.AnyChanged(), ct) != 0);
        return result with { Warnings = [.. list.Warnings, .. result.Warnings] };
    }

    private static readonly IReadOnlySet<FigureColumn> AllMeasures =
        Enum.GetValues<FigureColumn>().Where(c => c >= FigureColumn.ReceivedOnline).ToHashSet();

    /// <summary>
    /// Reads the list (on a worker thread, ahead of the staging) into the figures' counts and the staging table, then
    /// names every repeated code; returns the figures with the zeros of what the list no longer gives
    /// (<see cref="DossierRegister"/>), or none when the list has an error.
    /// </summary>
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static async Task<IEnumerable<FigureRow>> StageAsync(DossierStream list, DossierRules rules, DossierStagingSql sql,
        DbConnection connection, DbTransaction tx, IngestErrors errors, BatchPhases phases, CancellationToken ct)
    {
        await BatchWriter.ExecuteAsync(connection, tx, sql.Drop(), ct);
        await BatchWriter.ExecuteAsync(connection, tx, sql.Create(), ct);
        var figures = new DossierFigures(rules);
        var codes = new RepeatedCodes();
        await using (var loader = connection is NpgsqlConnection npgsql
            ? (IDossierLoader)await PostgresDossierLoader.OpenAsync(npgsql, ct)
            : new SqliteDossierLoader((SqliteConnection)connection))
        {
            // Counted on the reading thread, staged on this one: the two halves of the work take about as long.
            await foreach (var block in ReadAhead.Blocks(list.Rows(errors).Select(row => { figures.Add(row); codes.Add(row); return row; }), ct))
            {
                var started = phases.Begin();
                foreach (var row in block)
                {
                    ct.ThrowIfCancellationRequested();
                    loader.Add(row);
                }
                phases.EndNested(started);
            }
            await loader.CompleteAsync(ct);
        }
        phases.End("read+validate+count dossiers", "stage dossiers");
        if (codes.Suspected())
            await foreach (var (row, first, code) in BatchWriter.QueryAsync(connection, tx, DossierStagingSql.Duplicates(),
                               r => (r.GetInt32(0), r.GetInt32(1), r.GetString(2)), ct))
                errors.Add(new IngestError(row, "dossier_code", code, "duplicate_dossier",
                    $"Mã hồ sơ trùng với dòng {first} của cùng đơn vị.", $"The dossier code repeats row {first} of the same unit."));
        phases.End("repeated dossier codes");
        if (errors.Total > 0) return [];
        if (figures.Size > DossierFigures.MaxFigures)
        {
            errors.Add(IngestError.File("outside_limits",
                string.Create(Vi, $"Danh sách cần tới {figures.Size:N0} số liệu (mỗi đơn vị và lĩnh vực trong mỗi kỳ từ ngày tiếp nhận đầu tiên), quá {DossierFigures.MaxFigures:N0}: hãy tách theo năm hoặc theo tỉnh."),
                string.Create(CultureInfo.InvariantCulture, $"The list would give {figures.Size:N0} figures (every unit and field in every window from its first received date), more than {DossierFigures.MaxFigures:N0}: split it by year or by province.")));
            return [];
        }
        var result = figures.Result();
        phases.End("dossier figures");
        // Into an empty Dossiers no fact came from dossiers, so there is nothing to zero.
        if (await BatchWriter.ScalarAsync(connection, tx, StagingSql.AnyRow("Dossiers"), ct) == 0) return result;
        var withZeros = await DossierRegister.WithZerosAsync(result, figures.Registers(), connection, tx, ct);
        phases.End("register zeros");
        return withZeros;
    }

    /// <summary>
    /// Writes the staged dossiers inside the batch's transaction. Into an empty Dossiers they go in with its indexes built
    /// afterwards; otherwise a stored dossier of the same unit and code that differs is kept in ReplacedDossiers (for a
    /// rollback) and replaced, one that equals its staged row stays as it is, with the batch that wrote it, and one of
    /// the list's units received within its span that the list no longer names is kept in ReplacedDossiers and removed.
    /// </summary>
    private static async Task ReplaceStoredAsync(DossierStagingSql sql, DbConnection connection, DbTransaction tx, int batchId, CancellationToken ct)
    {
        var postgres = connection is NpgsqlConnection;
        if (await BatchWriter.ScalarAsync(connection, tx, StagingSql.AnyRow("Dossiers"), ct) != 0)
        {
            await BatchWriter.ExecuteAsync(connection, tx, sql.KeepChanged(), ct, ("@batch", batchId));
            await BatchWriter.ExecuteAsync(connection, tx, sql.KeepDropped(), ct, ("@batch", batchId));
            await BatchWriter.ExecuteAsync(connection, tx, DossierStagingSql.DeleteChanged(), ct, ("@batch", batchId));
            await BatchWriter.ExecuteAsync(connection, tx, DossierStagingSql.InsertNew(), ct, ("@batch", batchId));
        }
        else
        {
            var deferred = await BatchWriter.DeferConstraintsIfEmptyAsync(connection, tx, new StagingSql(postgres), "Dossiers", ct);
            await BatchWriter.ExecuteAsync(connection, tx, DossierStagingSql.InsertStaged(), ct, ("@batch", batchId));
            foreach (var restore in deferred) await BatchWriter.ExecuteAsync(connection, tx, restore, ct);
        }
        // SQLite keeps a temporary table with the pooled connection; PostgreSQL drops it at commit.
        if (!postgres) await BatchWriter.ExecuteAsync(connection, tx, sql.Drop(), ct);
    }
}

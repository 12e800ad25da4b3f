using System.Data.Common;
using KpiDashboard.Ingestion.Batches.Staging;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Reporting;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>
/// A batch into an empty Facts (a first national load) without staging: nothing can merge with its rows, so they go
/// straight into Facts as they stream (SQLite: a prepared INSERT; PostgreSQL: binary COPY), its indexes and PostgreSQL's
/// foreign keys dropped first and rebuilt after (<see cref="BatchWriter.DeferConstraintsIfEmptyAsync"/>). The checks the
/// staging path runs as SQL over its staged rows run on the keys kept in memory (<see cref="FirstLoadKeys"/>); the approval
/// check and the submissions read the file's distinct units (<see cref="UnitsTable"/>). The batch row comes first, so that
/// the facts have its id, and gets its counts at the end. Whatever fails, the caller's transaction is not committed:
/// a failed or killed first load leaves Facts empty, as the staging path does. The result is the staging path's.
/// </summary>
internal sealed class DirectFirstLoad(KpiDbContext db, TimeProvider time)
{
    /// <summary>The written batch's result and row, not committed; no batch when the file has errors or no rows.</summary>
    public async Task<(IngestResult Result, Batch? Batch)> WriteAsync(DbConnection connection, DbTransaction tx, StagingSql sql, BatchPhases phases,
        BatchWriter.StagedRead read, Func<int> rowsRead, IngestErrors errors, IngestResult result, IngestOptions options, CancellationToken ct)
    {
        var postgres = connection is NpgsqlConnection;
        var deferred = await BatchWriter.DeferConstraintsIfEmptyAsync(connection, tx, sql, "Facts", ct);
        phases.End("drop indexes");
        var batch = BatchWriter.NewBatch(time, result, options);
        db.Batches.Add(batch);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        phases.End("batch row");

        var rows = await read(connection, tx, phases, ct);
        var sums = new StreamedSummaries(options.IsDemo);
        var keys = new FirstLoadKeys();
        await using (var loader = postgres
            ? (IStagingLoader)await PostgresFactLoader.OpenAsync((NpgsqlConnection)connection, batch.Id, options.IsDemo, ct)
            : SqliteFactLoader.Open((SqliteConnection)connection, batch.Id, options.IsDemo))
            await BatchWriter.LoadAsync(rows, loader, phases, row =>
            {
                keys.Add(row);
                sums.Add(row);
            }, ct);
        phases.End("read+validate", "insert into facts");

        // Errors only once the reading is over: the reader adds its own from another thread while the rows stream.
        var unitLinks = await BatchWriter.ScalarAsync(connection, tx, StagingSql.AnyRow("UnitLinks"), ct) != 0;
        var findings = keys.Check(unitLinks);
        foreach (var (row, first) in findings.Duplicates) errors.Add(Figures.FigureFile.DuplicateKey(row, first));
        var warnings = findings.CarriedOverMismatches.Select(m => BatchWriter.CarriedOverWarning(m.Row, m.CarriedOver, m.Pending)).ToList();
        if (errors.Count == 0)
            foreach (var (row, carried, pending, commune) in await AcrossTheDate.MismatchesAsync(connection, tx, findings, ct))
                warnings.Add(BatchWriter.CarriedOverAcrossTheDateWarning(row, carried, pending, commune));
        phases.End("duplicate and carried-over checks");
        result = result with { RowsRead = rowsRead() };
        if (errors.Count > 0) return (result with { Errors = errors.OrderedByRow() }, null);
        await UnitsTable.WriteAsync(connection, tx, sql, findings.Units, ct);
        phases.End("units");
        await BatchWriter.CheckApprovalsAsync(connection, tx, SubmissionSql.Units, errors, ct);
        if (errors.Count > 0) return (result with { Errors = errors.OrderedByRow() }, null);
        phases.End("approval check");
        result = result with { Inserted = keys.Rows, Warnings = warnings };
        if (result.ChangedNothing) return (result, null);

        await BatchWriter.ExecuteAsync(connection, tx, "UPDATE \"Batches\" SET \"RowsRead\" = @read, \"Inserted\" = @inserted WHERE \"Id\" = @batch", ct,
            ("@read", result.RowsRead), ("@inserted", result.Inserted), ("@batch", batch.Id));
        foreach (var restore in deferred) await BatchWriter.ExecuteAsync(connection, tx, restore, ct);
        phases.End("rebuild indexes");
        // Facts was empty: the batch's facts are all the facts, and their sums are known.
        if (sums.Complete)
        {
            await sums.WriteAsync(db, connection, postgres, ct);
            phases.End("summaries from the rows");
        }
        else
        {
            await FactSummaryRefresh.RefreshBatchAsync(db, batch.Id, ct);
            phases.End("summaries");
        }
        if (!options.IsDemo)
        {
            await BatchWriter.MarkSubmittedAsync(connection, tx, SubmissionSql.Units, batch, options, ct);
            phases.End("submissions");
        }
        return (result, batch);
    }
}

using System.Data.Common;
using System.Globalization;
using KpiDashboard.Ingestion.Batches.Direct;
using KpiDashboard.Ingestion.Batches.Staging;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>
/// Writes validated rows as one batch, in one transaction, keeping each replaced value for audit and rollback.
/// Rows stream into a temporary staging table (SQLite: one prepared insert per row; PostgreSQL: binary COPY), and
/// set-based SQL then checks duplicate keys, merges with the facts, audits updates and inserts the rest, so memory
/// does not grow with the file. Nothing is committed unless the whole file is valid: a killed process leaves no batch.
/// Into an empty Facts (a first load) there is nothing to merge with, and the rows go straight into Facts instead (<see cref="DirectFirstLoad"/>).
/// </summary>
public sealed class BatchWriter(KpiDbContext db, TimeProvider time, ILogger<BatchWriter>? logger = null, DataChanges? changes = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<BatchWriter>.Instance;

    /// <summary>For callers that built their rows in memory (the other readers, the demo data).</summary>
    /// <param name="alongside">Writes what belongs with the batch (the dossiers its figures come from) in its transaction,
    /// given the batch's id; called only when a batch is written.</param>
    public async Task<IngestResult> WriteAsync(FigureFile.Result file, string sourceName, string sourceHash,
        IngestOptions options, CancellationToken ct, Func<int, Task>? alongside = null)
    {
        var errors = new IngestErrors();
        errors.AddRange(file.Errors);
        if (!file.Rows.Any(r => r.Provided is not null))
            return await WriteAsync(Given(file.Rows), () => file.RowsRead, file.Measures, errors, sourceName, sourceHash, options, ct, alongside);
        // Rows that state only some figures (prose, forms) are merged with the stored facts here, row by row, so the
        // set-based merge below can take every column from them without erasing what a row did not state.
        var rows = await MergeStatedFiguresAsync(file, ct);
        return await WriteAsync(Given(rows), () => file.RowsRead, AllMeasures, errors, sourceName, sourceHash, options, ct);
    }

    /// <summary>
    /// Returns the figures to stage; called after the batch's lock is taken, so a source whose figures are known only once
    /// all of it is read (a dossier list: its dossiers are staged first, then counted) is read inside the batch's transaction.
    /// </summary>
    internal delegate Task<IEnumerable<FigureRow>> StagedRead(DbConnection connection, DbTransaction tx, BatchPhases phases, CancellationToken ct);

    private static StagedRead Given(IEnumerable<FigureRow> rows) => (_, _, _, _) => Task.FromResult(rows);

    private static readonly IReadOnlySet<FigureColumn> AllMeasures =
        Enum.GetValues<FigureColumn>().Where(c => c >= FigureColumn.ReceivedOnline).ToHashSet();

    private async Task<List<FigureRow>> MergeStatedFiguresAsync(FigureFile.Result file, CancellationToken ct)
    {
        var periods = file.Rows.Select(r => r.Key.Period).Distinct().ToList();
        var provinces = file.Rows.Select(r => r.Key.ProvinceCode).Distinct().ToList();
        var stored = await db.Facts.AsNoTracking()
            .Where(f => periods.Contains(f.Period) && provinces.Contains(f.ProvinceCode))
            .Select(f => new { f.Period, f.ProvinceCode, f.CommuneCode, f.FieldCode, f.Values })
            .ToListAsync(ct);
        var byKey = stored.ToDictionary(f => new FactKey(f.Period, f.ProvinceCode, f.CommuneCode, f.FieldCode), f => f.Values);
        return file.Rows.Select(row => byKey.TryGetValue(row.Key, out var values)
            ? row with { Values = FactMerge.Merge(values, row.Values, row.Provided ?? file.Measures), Provided = null }
            : row).ToList();
    }

    /// <summary>Streams a figures file: every row validated, then one batch or nothing.</summary>
    public async Task<IngestResult> WriteAsync(FigureStream figures, string sourceName, string sourceHash,
        IngestOptions options, CancellationToken ct)
    {
        if (figures.HeaderErrors.Count > 0)
            return new IngestResult { SourceName = sourceName, SourceHash = sourceHash, Errors = figures.HeaderErrors, DryRun = options.DryRun };
        var errors = new IngestErrors();
        return await WriteAsync(Given(figures.Rows(errors)), () => figures.RowsRead, figures.Measures, errors, sourceName, sourceHash, options, ct);
    }

    /// <param name="errors">Filled by <paramref name="read"/> and while its rows are enumerated; the batch is written only if it stays empty.</param>
    /// <param name="alongside">Writes what goes with the figures (a list's dossiers) in the batch's transaction, given its id.</param>
    /// <param name="alongsideChanges">Whether <paramref name="alongside"/> changes anything: if so, a batch is written even when
    /// no figure changes (a corrected list whose figures stay the same still stores its dossiers).</param>
    internal async Task<IngestResult> WriteAsync(StagedRead read, Func<int> rowsRead, IReadOnlySet<FigureColumn> measures,
        IngestErrors errors, string sourceName, string sourceHash, IngestOptions options, CancellationToken ct, Func<int, Task>? alongside = null,
        Func<Task<bool>>? alongsideChanges = null)
    {
        var postgres = db.Database.IsNpgsql();
        var sql = new StagingSql(postgres);
        var phases = new BatchPhases(_logger);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var connection = db.Database.GetDbConnection();
            var tx = transaction.GetDbTransaction();
            await ExecuteAsync(connection, tx, sql.LockBatches(), ct, timeout: null);
            if (!postgres) await ExecuteAsync(connection, tx, sql.DropTemporary(), ct);
            // A dry run and a dossier list's figures (few rows, written alongside its dossiers) stage as before.
            if (!options.DryRun && alongside is null && alongsideChanges is null && await ScalarAsync(connection, tx, StagingSql.AnyRow("Facts"), ct) == 0)
            {
                phases.End("begin");
                var (direct, written) = await new DirectFirstLoad(db, time).WriteAsync(connection, tx, sql, phases, read, rowsRead, errors,
                    new IngestResult { SourceName = sourceName, SourceHash = sourceHash, DryRun = options.DryRun }, options, ct);
                return written is null ? direct : await CommitAsync(transaction, connection, sql, written, direct, options, phases, ct);
            }
            await ExecuteAsync(connection, tx, sql.CreateStaging(), ct);
            phases.End("begin");
            var rows = await read(connection, tx, phases, ct);
            var sums = new StreamedSummaries(options.IsDemo);

            await using (var loader = postgres
                ? (IStagingLoader)await PostgresStagingLoader.OpenAsync((NpgsqlConnection)connection, ct)
                : new SqliteStagingLoader((Microsoft.Data.Sqlite.SqliteConnection)connection))
                await LoadAsync(rows, loader, phases, sums.Add, ct);
            phases.End("read+validate", "stage");
            if (sql.IndexStaging() is { } index) await ExecuteAsync(connection, tx, index, ct);
            phases.End("index staging");

            var warnings = new List<IngestWarning>();
            await foreach (var (row, first, carried, pending) in QueryAsync(connection, tx, sql.KeyChecks(), KeyCheck, ct))
            {
                if (first is { } firstRow) errors.Add(FigureFile.DuplicateKey(row, firstRow));
                else warnings.Add(CarriedOverWarning(row, carried!.Value, pending!.Value));
            }
            if (errors.Count == 0)
                await foreach (var (row, carried, pending, name) in QueryAsync(connection, tx, sql.CarriedOverAcrossTheDate(), AcrossTheDate, ct))
                    warnings.Add(CarriedOverAcrossTheDateWarning(row, carried, pending, name));
            phases.End("duplicate and carried-over checks");
            var result = new IngestResult { SourceName = sourceName, SourceHash = sourceHash, RowsRead = rowsRead(), DryRun = options.DryRun };
            if (errors.Count > 0) return result with { Errors = errors.OrderedByRow() };
            await CheckApprovalsAsync(connection, tx, SubmissionSql.Staged, errors, ct);
            if (errors.Count > 0) return result with { Errors = errors.OrderedByRow() };
            phases.End("approval check");

            // New months (a monthly load, a first national load) have no facts to merge with: every staged row is inserted.
            var merge = await ScalarAsync(connection, tx, sql.AnyFactInStagedMonths(), ct) != 0;
            var (matched, updated) = (0L, 0L);
            if (merge)
            {
                await ExecuteAsync(connection, tx, sql.CreateMerged(measures), ct);
                await ExecuteAsync(connection, tx, sql.IndexMerged(), ct);
                (matched, updated) = await FirstAsync(connection, tx, sql.CountMerged(), r => (r.GetInt64(0), r.GetInt64(1)), ct, ("@demo", options.IsDemo));
            }
            var staged = await ScalarAsync(connection, tx, sql.CountStaged(), ct);
            result = result with
            {
                Inserted = (int)(staged - matched), Updated = (int)updated, Unchanged = (int)(matched - updated), Warnings = warnings,
            };
            phases.End("merge");
            if (options.DryRun) return result;
            if (result.ChangedNothing)
            {
                var alongsideChanged = alongsideChanges is not null && await alongsideChanges();
                phases.End("alongside changes");
                if (!alongsideChanged) return result;
            }

            var batch = NewBatch(time, result, options);
            db.Batches.Add(batch);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();

            (string, object)[] parameters = [("@batch", batch.Id), ("@demo", options.IsDemo), ("@updated", (int)FactChangeKind.Updated)];
            if (merge)
            {
                await ExecuteAsync(connection, tx, sql.AuditUpdates(), ct, parameters);
                await ExecuteAsync(connection, tx, sql.ApplyUpdates(), ct, parameters);
            }
            phases.End("batch+audit+update");
            var deferred = await DeferConstraintsIfEmptyAsync(connection, tx, sql, "Facts", ct);
            await ExecuteAsync(connection, tx, sql.InsertNew(merge), ct, parameters);
            phases.End("insert");
            foreach (var restore in deferred) await ExecuteAsync(connection, tx, restore, ct);
            if (deferred.Count > 0) phases.End("rebuild indexes");
            // Without other facts in the batch's months its facts are those months' facts: their sums are already known.
            if (!merge && sums.Complete)
            {
                await sums.WriteAsync(db, connection, postgres, ct);
                phases.End("summaries from the rows");
            }
            else
            {
                await FactSummaryRefresh.RefreshBatchAsync(db, batch.Id, ct);
                phases.End("summaries");
            }
            if (alongside is not null)
            {
                await alongside(batch.Id);
                phases.End("alongside");
            }
            // The demo is not anyone's report.
            if (!options.IsDemo)
            {
                await MarkSubmittedAsync(connection, tx, SubmissionSql.Staged, batch, options, ct);
                phases.End("submissions");
            }
            return await CommitAsync(transaction, connection, sql, batch, result, options, phases, ct);
        }
        finally
        {
            phases.Summarise(rowsRead());
            // SQLite keeps temporary tables with the pooled connection; a rolled-back batch must not leave them behind.
            if (!postgres && db.Database.CurrentTransaction is null)
                await ExecuteAsync(db.Database.GetDbConnection(), null, sql.DropTemporary(), CancellationToken.None);
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// Streams the rows into <paramref name="loader"/> as they are read on another thread (<see cref="ReadAhead"/>), handing
    /// each to <paramref name="also"/> too; the time spent here is the phase nested in the reading (<see cref="BatchPhases.End(string, string)"/>).
    /// </summary>
    internal static async Task LoadAsync(IEnumerable<FigureRow> rows, IStagingLoader loader, BatchPhases phases, Action<FigureRow> also, CancellationToken ct)
    {
        await foreach (var block in ReadAhead.Blocks(rows, ct))
        {
            var started = phases.Begin();
            foreach (var row in block)
            {
                await loader.AddAsync(row, ct);
                also(row);
            }
            phases.EndNested(started);
        }
        var completing = phases.Begin();
        await loader.CompleteAsync(ct);
        phases.EndNested(completing);
    }

    /// <summary>Audits the written batch and commits it.</summary>
    private async Task<IngestResult> CommitAsync(IDbContextTransaction transaction, DbConnection connection, StagingSql sql, Batch batch,
        IngestResult result, IngestOptions options, BatchPhases phases, CancellationToken ct)
    {
        if (options.Audit is { } audit)
        {
            db.AuditEntries.Add((audit with { Details = $"{audit.Details} batch={batch.Id} rows={result.RowsRead}".TrimStart() }).ToEntry(time.GetUtcNow()));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }
        if (connection is not NpgsqlConnection) await ExecuteAsync(connection, transaction.GetDbTransaction(), sql.DropTemporary(), ct);
        await transaction.CommitAsync(ct);
        changes?.Committed();
        phases.End("commit");
        return result with { BatchId = batch.Id };
    }

    internal static Batch NewBatch(TimeProvider time, IngestResult result, IngestOptions options) => new()
    {
        CreatedUtc = time.GetUtcNow(), SourceName = result.SourceName, SourceHash = result.SourceHash, IsDemo = options.IsDemo,
        RowsRead = result.RowsRead, Inserted = result.Inserted, Updated = result.Updated, Unchanged = result.Unchanged,
    };

    /// <summary>
    /// An error per approved unit the source's (Period, ProvinceCode, CommuneKey) rows touch. Checked under the batch lock,
    /// which approvals also take: no approval lands between this check and the commit.
    /// </summary>
    internal static async Task CheckApprovalsAsync(DbConnection connection, DbTransaction tx, string source, IngestErrors errors, CancellationToken ct)
    {
        await foreach (var locked in QueryAsync(connection, tx, SubmissionSql.Approved(source), LockedUnitOf, ct))
            errors.Add(IngestError.File("period_approved", locked.Message, locked.MessageEn));
    }

    internal static async Task MarkSubmittedAsync(DbConnection connection, DbTransaction tx, string source, Batch batch, IngestOptions options, CancellationToken ct) =>
        await ExecuteAsync(connection, tx, SubmissionSql.MarkSubmitted(source), ct, ("@now", batch.CreatedUtc.UtcTicks),
            ("@by", (object?)options.Audit?.Actor ?? DBNull.Value), ("@channel", options.Channel.ToString()));

    /// <summary>
    /// Into an empty table (Facts at a first national load, Dossiers at a first list) the indexes but the primary key, and on PostgreSQL the foreign
    /// keys, are dropped before the insert and recreated after it, inside the batch's transaction: one sort per index and
    /// one join per key instead of work for every row, as both engines advise for bulk loads. The staged rows were checked
    /// for duplicate keys, so the unique natural key rebuilds without conflict (and would fail the batch if not). A failed
    /// or killed batch rolls the drop back with everything else; the definitions come from the database's catalogue, so
    /// what is recreated is what the migrations made. On PostgreSQL the drop keeps readers of Facts waiting until commit;
    /// with Facts empty they had nothing to read.
    /// </summary>
    /// <returns>The statements that restore what was dropped.</returns>
    internal static async Task<List<string>> DeferConstraintsIfEmptyAsync(DbConnection connection, DbTransaction tx, StagingSql sql, string table, CancellationToken ct)
    {
        var restore = new List<string>();
        if (await ScalarAsync(connection, tx, StagingSql.AnyRow(table), ct) != 0) return restore;
        var drop = new List<string>();
        await foreach (var (dropping, recreating) in QueryAsync(connection, tx, sql.DeferrableConstraints(table), r => (r.GetString(0), r.GetString(1)), ct))
        {
            drop.Add(dropping);
            restore.Add(recreating);
        }
        foreach (var statement in drop) await ExecuteAsync(connection, tx, statement, ct);
        if (restore.Count > 0 && sql.IndexBuildThreads() is { } threads) restore.Insert(0, threads);
        return restore;
    }

    internal static LockedUnit LockedUnitOf(DbDataReader r) => new(Enum.Parse<ReportingLevel>(r.GetString(0)), r.GetString(1), r.GetInt32(2),
        r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : new DateTimeOffset(r.GetInt64(4), TimeSpan.Zero));

    private static (int Row, int? First, int? Carried, int? Pending) KeyCheck(DbDataReader r) =>
        (r.GetInt32(0), Int(r, 1), Int(r, 2), Int(r, 3));

    private static int? Int(DbDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetInt32(ordinal);

    private static (int Row, int Carried, int Pending, string Commune) AcrossTheDate(DbDataReader r) =>
        (r.GetInt32(0), r.GetInt32(1), Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture), $"{r.GetString(3)} {r.GetString(4)} ({r.GetString(5)})");

    internal static IngestWarning CarriedOverAcrossTheDateWarning(int row, int carried, int pending, string commune) =>
        new(row, "carried_over", carried.ToString(CultureInfo.InvariantCulture), "carried_over_mismatch",
            $"Kỳ trước chuyển qua của {commune} ({carried}) khác tổng số đang giải quyết tháng 06/2025 của các xã, phường cũ đã hợp thành {commune} ({pending}).",
            $"Carried over of {commune} ({carried}) differs from the June 2025 pending of the old communes that became {commune} ({pending}).");

    internal static IngestWarning CarriedOverWarning(int row, int carried, int pending) =>
        new(row, "carried_over", carried.ToString(CultureInfo.InvariantCulture), "carried_over_mismatch",
            $"Kỳ trước chuyển qua ({carried}) khác số đang giải quyết của tháng trước ({pending}).",
            $"Carried over ({carried}) differs from the previous month's pending ({pending}).");

    internal static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, (string Name, object Value)[] parameters, int? timeout = 0)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        // A million-row batch takes longer than ADO.NET's default 30 seconds per statement.
        if (timeout is { } seconds) command.CommandTimeout = seconds;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    internal static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct, params (string, object)[] parameters) =>
        await ExecuteAsync(connection, tx, sql, ct, 0, parameters);

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken ct, int? timeout, params (string, object)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters, timeout);
        await command.ExecuteNonQueryAsync(ct);
    }

    internal static async Task<long> ScalarAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = Command(connection, tx, sql, []);
        return Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private static async Task<T> FirstAsync<T>(DbConnection connection, DbTransaction tx, string sql, Func<DbDataReader, T> read,
        CancellationToken ct, params (string, object)[] parameters)
    {
        await using var command = Command(connection, tx, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return read(reader);
    }

    internal static async IAsyncEnumerable<T> QueryAsync<T>(DbConnection connection, DbTransaction tx, string sql, Func<DbDataReader, T> read,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        await using var command = Command(connection, tx, sql, []);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) yield return read(reader);
    }
}

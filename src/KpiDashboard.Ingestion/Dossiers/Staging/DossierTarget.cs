using System.Data.Common;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Batches.Staging;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace KpiDashboard.Ingestion.Dossiers.Staging;

/// <summary>
/// Where a list's dossiers go while it is read, and how they reach Dossiers once the batch has its id. A list is staged
/// in a temporary table, then replaces the stored dossiers of the same unit and code. The first list into an empty
/// Dossiers on SQLite goes straight into it instead, which spares copying every row once more: its indexes are dropped
/// and rebuilt after, its row numbers are the ids (so repeated codes are named from Dossiers itself), its foreign keys
/// are checked at commit, and its batch id is the one the batch writer will take next under the batch lock it holds
/// (checked when the batch is written). Nothing is committed unless the batch is, so a failed list leaves Dossiers empty.
/// </summary>
internal sealed class DossierTarget
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _tx;
    private readonly DossierStagingSql _sql;
    private readonly int? _firstLoadBatch;
    private readonly List<string> _restore;

    private DossierTarget(DbConnection connection, DbTransaction tx, DossierStagingSql sql, int? firstLoadBatch, List<string> restore)
    {
        (_connection, _tx, _sql, _firstLoadBatch, _restore) = (connection, tx, sql, firstLoadBatch, restore);
    }

    private bool FirstLoad => _firstLoadBatch is not null;

    public static async Task<DossierTarget> OpenAsync(DbConnection connection, DbTransaction tx, bool dryRun, CancellationToken ct)
    {
        var sql = new DossierStagingSql(connection is NpgsqlConnection);
        await BatchWriter.ExecuteAsync(connection, tx, sql.Drop(), ct);
        if (!dryRun && connection is SqliteConnection && await BatchWriter.ScalarAsync(connection, tx, StagingSql.AnyRow("Dossiers"), ct) == 0)
        {
            await BatchWriter.ExecuteAsync(connection, tx, "PRAGMA defer_foreign_keys = ON", ct);
            var restore = await BatchWriter.DeferConstraintsIfEmptyAsync(connection, tx, new StagingSql(postgres: false), "Dossiers", ct);
            var batch = (int)await BatchWriter.ScalarAsync(connection, tx, DossierStagingSql.NextSqliteBatchId, ct);
            return new DossierTarget(connection, tx, sql, batch, restore);
        }
        await BatchWriter.ExecuteAsync(connection, tx, sql.Create(), ct);
        return new DossierTarget(connection, tx, sql, null, []);
    }

    public async Task<IDossierLoader> OpenLoaderAsync(CancellationToken ct) => _connection switch
    {
        NpgsqlConnection npgsql => await PostgresDossierLoader.OpenAsync(npgsql, ct),
        _ when FirstLoad => new SqliteDossierLoader((SqliteConnection)_connection, "Dossiers", ["Id", .. DossierStagingSql.Stored, "BatchId"], _firstLoadBatch),
        _ => new SqliteDossierLoader((SqliteConnection)_connection, DossierStagingSql.Table, DossierStagingSql.Columns),
    };

    /// <summary>(row, first row of the same unit and code, code) for every repeated code, in row order.</summary>
    public IAsyncEnumerable<(int Row, int First, string Code)> DuplicatesAsync(CancellationToken ct) =>
        BatchWriter.QueryAsync(_connection, _tx, FirstLoad ? DossierStagingSql.Duplicates("\"Dossiers\"", "Id") : DossierStagingSql.Duplicates(),
            r => (r.GetInt32(0), r.GetInt32(1), r.GetString(2)), ct);

    /// <summary>Whether some dossier of the list is new or differs from the stored one of its unit and code.</summary>
    public async Task<bool> AnyChangedAsync(CancellationToken ct) =>
        await BatchWriter.ScalarAsync(_connection, _tx, FirstLoad ? StagingSql.AnyRow("Dossiers") : _sql.AnyChanged(), ct) != 0;

    /// <summary>Puts the list's dossiers in Dossiers under <paramref name="batchId"/>, inside the batch's transaction.</summary>
    public async Task WriteAsync(int batchId, CancellationToken ct)
    {
        if (FirstLoad)
        {
            if (batchId != _firstLoadBatch)
                throw new InvalidOperationException($"The first dossier list was loaded for batch {_firstLoadBatch}, but the batch written is {batchId}.");
            foreach (var restore in _restore) await BatchWriter.ExecuteAsync(_connection, _tx, restore, ct);
            return;
        }
        var postgres = _connection is NpgsqlConnection;
        if (await BatchWriter.ScalarAsync(_connection, _tx, StagingSql.AnyRow("Dossiers"), ct) != 0)
            await BatchWriter.ExecuteAsync(_connection, _tx, DossierStagingSql.DeleteReplaced(), ct);
        var deferred = await BatchWriter.DeferConstraintsIfEmptyAsync(_connection, _tx, new StagingSql(postgres), "Dossiers", ct);
        await BatchWriter.ExecuteAsync(_connection, _tx, DossierStagingSql.InsertStaged(), ct, ("@batch", batchId));
        foreach (var restore in deferred) await BatchWriter.ExecuteAsync(_connection, _tx, restore, ct);
        // SQLite keeps a temporary table with the pooled connection; PostgreSQL drops it at commit.
        if (!postgres) await BatchWriter.ExecuteAsync(_connection, _tx, _sql.Drop(), ct);
    }
}

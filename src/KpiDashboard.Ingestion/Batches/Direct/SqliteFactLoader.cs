using KpiDashboard.Ingestion.Batches.Staging;
using KpiDashboard.Ingestion.Figures;
using Microsoft.Data.Sqlite;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>A first load's rows straight into Facts through one prepared, positionally bound INSERT (<see cref="SqliteRowInsert"/>).</summary>
internal sealed class SqliteFactLoader : IStagingLoader
{
    private readonly SqliteRowInsert _insert;
    private readonly int?[] _measures = new int?[StagingSql.Measures.Length];

    public SqliteFactLoader(SqliteConnection connection, int batchId, bool isDemo)
    {
        _insert = new SqliteRowInsert(connection, "\"Facts\"", FactColumns.All);
        // Bound once: a binding stays until it is rebound.
        _insert.Bind(5, batchId);
        _insert.Bind(6, isDemo ? 1 : 0);
    }

    public ValueTask AddAsync(FigureRow row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        _insert.Bind(1, row.Key.Period);
        _insert.Bind(2, row.Key.ProvinceCode);
        _insert.Bind(3, FactColumns.CommuneCode(row));
        _insert.Bind(4, row.Key.FieldCode);
        StagedRow.Measures(row, _measures);
        for (var i = 0; i < _measures.Length; i++) _insert.Bind(7 + i, _measures[i]);
        _insert.Step();
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken ct) => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _insert.Dispose();
        return ValueTask.CompletedTask;
    }
}

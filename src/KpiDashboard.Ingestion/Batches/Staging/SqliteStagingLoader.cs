using KpiDashboard.Ingestion.Figures;
using Microsoft.Data.Sqlite;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>The figures' staging rows through one prepared, positionally bound INSERT (<see cref="SqliteRowInsert"/>).</summary>
internal sealed class SqliteStagingLoader(SqliteConnection connection) : IStagingLoader
{
    private readonly SqliteRowInsert _insert = new(connection, StagingSql.Table, StagingSql.Columns);
    private readonly int?[] _measures = new int?[StagingSql.Measures.Length];

    public ValueTask AddAsync(FigureRow row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        _insert.Bind(1, row.Row);
        _insert.Bind(2, row.Key.Period);
        _insert.Bind(3, StagedRow.PreviousPeriod(row));
        _insert.Bind(4, row.Key.ProvinceCode);
        _insert.Bind(5, StagedRow.CommuneKey(row));
        _insert.Bind(6, row.Key.FieldCode);
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

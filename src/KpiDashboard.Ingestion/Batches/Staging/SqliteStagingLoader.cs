using KpiDashboard.Ingestion.Figures;
using Microsoft.Data.Sqlite;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>
/// Figures' rows through one prepared, positionally bound INSERT (<see cref="SqliteRowInsert"/>): the row's key columns
/// first, bound by <paramref name="bindKey"/>, then the twelve measures from position 7, in <see cref="StagingSql.Measures"/> order.
/// </summary>
internal sealed class SqliteStagingLoader(SqliteRowInsert insert, Action<SqliteRowInsert, FigureRow> bindKey) : IStagingLoader
{
    private const int MeasuresAt = 7;

    /// <summary>Into the staging table.</summary>
    public SqliteStagingLoader(SqliteConnection connection) : this(new SqliteRowInsert(connection, StagingSql.Table, StagingSql.Columns), BindStaged) { }

    private static void BindStaged(SqliteRowInsert insert, FigureRow row)
    {
        insert.Bind(1, row.Row);
        insert.Bind(2, row.Key.Period);
        insert.Bind(3, StagedRow.PreviousPeriod(row));
        insert.Bind(4, row.Key.ProvinceCode);
        insert.Bind(5, StagedRow.CommuneKey(row));
        insert.Bind(6, row.Key.FieldCode);
    }

    private readonly int?[] _measures = new int?[StagingSql.Measures.Length];

    public ValueTask AddAsync(FigureRow row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        bindKey(insert, row);
        StagedRow.Measures(row, _measures);
        for (var i = 0; i < _measures.Length; i++) insert.Bind(MeasuresAt + i, _measures[i]);
        insert.Step();
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken ct) => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        insert.Dispose();
        return ValueTask.CompletedTask;
    }
}

using KpiDashboard.Ingestion.Figures;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>
/// One prepared INSERT, bound by position and stepped once per row, inside the batch's transaction: what sqlite3's own
/// .import does. ADO.NET's SqliteCommand looks every parameter up by name on every execution, which cost more than
/// the insert itself (and grew with the square of the parameters of a multi-row INSERT).
/// </summary>
internal sealed class SqliteStagingLoader : IStagingLoader
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly int?[] _measures = new int?[StagingSql.Measures.Length];

    public SqliteStagingLoader(SqliteConnection connection)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var columns = string.Join(",", StagingSql.Columns.Select(c => $"\"{c}\""));
        var values = string.Join(",", StagingSql.Columns.Select((_, i) => $"?{i + 1}"));
        Check(raw.sqlite3_prepare_v2(_db, $"INSERT INTO {StagingSql.Table} ({columns}) VALUES ({values})", out _insert));
    }

    public ValueTask AddAsync(FigureRow row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        Check(raw.sqlite3_bind_int(_insert, 1, row.Row));
        Check(raw.sqlite3_bind_int(_insert, 2, row.Key.Period));
        Check(raw.sqlite3_bind_int(_insert, 3, StagedRow.PreviousPeriod(row)));
        Check(raw.sqlite3_bind_text(_insert, 4, row.Key.ProvinceCode));
        Check(raw.sqlite3_bind_text(_insert, 5, StagedRow.CommuneKey(row)));
        Check(raw.sqlite3_bind_text(_insert, 6, row.Key.FieldCode));
        StagedRow.Measures(row, _measures);
        for (var i = 0; i < _measures.Length; i++)
            Check(_measures[i] is { } value ? raw.sqlite3_bind_int(_insert, 7 + i, value) : raw.sqlite3_bind_null(_insert, 7 + i));
        var step = raw.sqlite3_step(_insert);
        raw.sqlite3_reset(_insert);
        if (step != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(step, _db);
        return ValueTask.CompletedTask;
    }

    public ValueTask CompleteAsync(CancellationToken ct) => ValueTask.CompletedTask;

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public ValueTask DisposeAsync()
    {
        _insert.Dispose();
        return ValueTask.CompletedTask;
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>
/// One prepared INSERT, bound by position and stepped once per row, inside the batch's transaction: what sqlite3's own
/// .import does. ADO.NET's SqliteCommand looks every parameter up by name on every execution, which cost more than
/// the insert itself (and grew with the square of the parameters of a multi-row INSERT).
/// </summary>
internal sealed class SqliteRowInsert : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;

    public SqliteRowInsert(SqliteConnection connection, string table, IReadOnlyList<string> columns)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var names = string.Join(",", columns.Select(c => $"\"{c}\""));
        var values = string.Join(",", columns.Select((_, i) => $"?{i + 1}"));
        Check(raw.sqlite3_prepare_v2(_db, $"INSERT INTO {table} ({names}) VALUES ({values})", out _insert));
    }

    /// <param name="position">1-based, in the order of the columns given.</param>
    public void Bind(int position, int value) => Check(raw.sqlite3_bind_int(_insert, position, value));

    public void Bind(int position, int? value) => Check(value is { } v ? raw.sqlite3_bind_int(_insert, position, v) : raw.sqlite3_bind_null(_insert, position));

    public void Bind(int position, long? value) => Check(value is { } v ? raw.sqlite3_bind_int64(_insert, position, v) : raw.sqlite3_bind_null(_insert, position));

    // Bound as UTF-16, which SQLite copies and converts itself: the string overload allocates a UTF-8 copy for every value.
    // An empty span would bind a null pointer, that is NULL, so "" goes through the string overload.
    public void Bind(int position, string? value) => Check(value switch
    {
        null => raw.sqlite3_bind_null(_insert, position),
        "" => raw.sqlite3_bind_text(_insert, position, value),
        _ => raw.sqlite3_bind_text16(_insert, position, value.AsSpan()),
    });

    /// <summary>A day as EF Core maps DateOnly on SQLite: "yyyy-MM-dd" text.</summary>
    public void Bind(int position, DateOnly? day)
    {
        if (day is not { } d)
        {
            Check(raw.sqlite3_bind_null(_insert, position));
            return;
        }
        Span<char> text = stackalloc char[10];
        d.TryFormat(text, out _, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Check(raw.sqlite3_bind_text16(_insert, position, text));
    }

    /// <summary>Inserts the bound row; the bindings stay for the next row unless rebound.</summary>
    public void Step()
    {
        var step = raw.sqlite3_step(_insert);
        raw.sqlite3_reset(_insert);
        if (step != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(step, _db);
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _insert.Dispose();
}

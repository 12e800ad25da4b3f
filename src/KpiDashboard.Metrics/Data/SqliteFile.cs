using Microsoft.Data.Sqlite;

namespace KpiDashboard.Metrics.Data;

/// <summary>The file behind a SQLite connection string, and connection strings that read it without writing.</summary>
public static class SqliteFile
{
    public static string PathOf(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;

    /// <summary>Opens the file read-only: no journal, no migration lock, and a missing file is an error, never created.</summary>
    public static string ReadOnly(string connectionString) =>
        new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly }.ToString();

    /// <summary>
    /// Read-only and immutable: SQLite neither locks nor looks for the -wal and -shm files. A WAL database on read-only
    /// media cannot be opened otherwise (SQLite would have to create its -shm file), and nobody can write it there.
    /// </summary>
    public static string Immutable(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly };
        var full = Path.GetFullPath(builder.DataSource);
        builder.DataSource = "file:" + Uri.EscapeDataString(full).Replace("%2F", "/", StringComparison.Ordinal) + "?immutable=1";
        return builder.ToString();
    }

    /// <summary>A connection string for reading an existing file: read-only, or immutable when the folder cannot take
    /// the -shm file and no writer has the database open (no -wal file).</summary>
    public static async Task<string> ReadingAsync(string connectionString, CancellationToken ct = default)
    {
        var readOnly = ReadOnly(connectionString);
        try
        {
            await using var connection = new SqliteConnection(readOnly);
            await connection.OpenAsync(ct);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*) FROM sqlite_master";
            await command.ExecuteScalarAsync(ct);
            return readOnly;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 14 && !File.Exists(PathOf(connectionString) + "-wal"))
        {
            SqliteConnection.ClearAllPools();
            return Immutable(connectionString);
        }
    }
}

using Microsoft.Data.Sqlite;

namespace KpiDashboard.IntegrationTests.Safety;

/// <summary>Damages a real SQLite file the way a failing disk does: garbage in the middle of an index's root page.</summary>
internal static class SqliteDamage
{
    /// <param name="fromMiddle">Garbage from a quarter into the page to its end (the cells), or else over the whole page.</param>
    public static void CorruptIndex(string path, string index, bool fromMiddle = true)
    {
        long page, pageSize;
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            command.ExecuteNonQuery();
            command.CommandText = $"SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = '{index}'";
            page = (long)command.ExecuteScalar()!;
            command.CommandText = "PRAGMA page_size";
            pageSize = (long)command.ExecuteScalar()!;
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write);
        var offset = fromMiddle ? pageSize / 4 : 0;
        file.Position = (page - 1) * pageSize + offset;
        var garbage = new byte[pageSize - offset];
        new Random(12).NextBytes(garbage);
        file.Write(garbage);
    }

    /// <summary>The file's bytes and modification time: equal snapshots mean nothing wrote to it.</summary>
    public static (string Hash, DateTime Modified) Snapshot(string path) =>
        (Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path))), File.GetLastWriteTimeUtc(path));
}

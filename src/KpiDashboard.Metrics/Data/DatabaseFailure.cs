using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KpiDashboard.Metrics.Data;

/// <summary>
/// The one place that tells "the data store is unavailable" (a full disk, a lock held past the busy timeout, a damaged
/// or foreign file, a read-only file or folder, a PostgreSQL server that is down or refuses connections) from a bug.
/// The command line, the web start and the web's 503 answer use it, so the operator reads the same sentence everywhere.
/// </summary>
public sealed record DatabaseFailure(DatabaseFailureKind Kind, string Location)
{
    /// <summary>The failure behind <paramref name="exception"/> or any exception it wraps; null when it is not one.</summary>
    public static DatabaseFailure? Classify(Exception exception, string? location) =>
        KindOf(exception) is { } kind ? new DatabaseFailure(kind, location ?? UnknownLocation) : null;

    public const string UnknownLocation = "cơ sở dữ liệu / the database";

    public static DatabaseFailureKind? KindOf(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        while (pending.TryPop(out var e))
        {
            switch (e)
            {
                case SqliteException sqlite:
                    return Sqlite(sqlite.SqliteErrorCode & 0xFF);
                case PostgresException postgres:
                    return Postgres(postgres.SqlState);
                case NpgsqlException:
                    // Without a server's SQLSTATE this is the network or the connection itself: refused, reset, timed out.
                    return DatabaseFailureKind.Unreachable;
                case AggregateException aggregate:
                    foreach (var inner in aggregate.InnerExceptions) pending.Push(inner);
                    continue;
            }
            if (e.InnerException is { } next) pending.Push(next);
        }
        return null;
    }

    // https://www.sqlite.org/rescode.html
    private static DatabaseFailureKind? Sqlite(int primary) => primary switch
    {
        13 => DatabaseFailureKind.DiskFull, // SQLITE_FULL
        5 or 6 => DatabaseFailureKind.Locked, // SQLITE_BUSY, SQLITE_LOCKED
        11 or 26 => DatabaseFailureKind.Damaged, // SQLITE_CORRUPT, SQLITE_NOTADB
        8 or 3 => DatabaseFailureKind.ReadOnly, // SQLITE_READONLY, SQLITE_PERM
        14 => DatabaseFailureKind.CannotOpen, // SQLITE_CANTOPEN
        10 => DatabaseFailureKind.DiskError, // SQLITE_IOERR
        _ => null,
    };

    // https://www.postgresql.org/docs/current/errcodes-appendix.html
    private static DatabaseFailureKind? Postgres(string state) => state switch
    {
        "53100" => DatabaseFailureKind.DiskFull, // disk_full
        "55P03" => DatabaseFailureKind.Locked, // lock_not_available
        "XX001" or "XX002" => DatabaseFailureKind.Damaged, // data_corrupted, index_corrupted
        "25006" => DatabaseFailureKind.ReadOnly, // read_only_sql_transaction (a standby)
        "3D000" or "28000" or "28P01" => DatabaseFailureKind.CannotOpen, // no such database, authentication refused
        "58030" => DatabaseFailureKind.DiskError, // io_error
        // admin/crash shutdown, cannot connect now, too many connections, out of memory, connection exceptions
        "57P01" or "57P02" or "57P03" or "53300" or "53200" => DatabaseFailureKind.Unreachable,
        _ when state.StartsWith("08", StringComparison.Ordinal) => DatabaseFailureKind.Unreachable,
        _ => null,
    };

    private bool IsPostgres => Location.StartsWith("PostgreSQL", StringComparison.Ordinal);

    public string MessageVi => Messages.Vi;

    public string MessageEn => Messages.En;

    private (string Vi, string En) Messages => Kind switch
    {
        DatabaseFailureKind.DiskFull => (
            $"Đĩa đầy khi ghi {Location}; thay đổi không được lưu: hãy giải phóng dung lượng đĩa rồi chạy lại.",
            $"The disk is full writing {Location}; the change was not saved: free disk space and run again."),
        DatabaseFailureKind.Locked => (
            $"{Location} đang bị một tiến trình khác khóa quá thời gian chờ: hãy thử lại sau.",
            $"Another process holds the lock on {Location} past the busy timeout: retry later."),
        DatabaseFailureKind.Damaged => (
            $"{Location} không phải cơ sở dữ liệu KpiDashboard hoặc đã hỏng: hãy khôi phục bản sao lưu bằng kpi restore.",
            $"{Location} is not a KpiDashboard database or is damaged: restore a backup with kpi restore."),
        DatabaseFailureKind.ReadOnly => (
            $"Không ghi được {Location}: hãy cho phép ghi tệp và thư mục chứa nó.",
            $"{Location} cannot be written: make the file and its folder writable."),
        DatabaseFailureKind.CannotOpen when IsPostgres => (
            $"{Location} từ chối kết nối: hãy kiểm tra tên cơ sở dữ liệu, người dùng và mật khẩu trong ConnectionStrings__Kpi.",
            $"{Location} refused the connection: check the database, user and password in ConnectionStrings__Kpi."),
        DatabaseFailureKind.CannotOpen => (
            $"Không mở được {Location}: hãy kiểm tra thư mục có tồn tại và cho phép ghi tệp và thư mục chứa nó.",
            $"{Location} cannot be opened: check that its folder exists and make the file and its folder writable."),
        DatabaseFailureKind.DiskError => (
            $"Lỗi đọc/ghi đĩa với {Location}: hãy kiểm tra đĩa và dung lượng trống rồi chạy lại.",
            $"Disk I/O error on {Location}: check the disk and its free space, then run again."),
        _ => (
            $"Không kết nối được {Location}: hãy kiểm tra máy chủ cơ sở dữ liệu đang chạy và ConnectionStrings__Kpi, rồi thử lại.",
            $"{Location} cannot be reached: check that the database server is running and ConnectionStrings__Kpi, then retry."),
    };

    /// <summary>The one line printed on stderr: Vietnamese, then English.</summary>
    public string Sentence => $"{MessageVi} / {MessageEn}";

    public static string LocationOf(KpiDbContext db) =>
        LocationOf(db.Database.IsNpgsql() ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, db.Database.GetConnectionString());

    /// <summary>What the messages call the store: the SQLite file's full path, or the PostgreSQL server and database
    /// (never the password).</summary>
    public static string LocationOf(DatabaseProvider provider, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString)) return UnknownLocation;
        try
        {
            if (provider == DatabaseProvider.Postgres)
            {
                var postgres = new NpgsqlConnectionStringBuilder(connectionString);
                return $"PostgreSQL {postgres.Host}:{postgres.Port}/{postgres.Database}";
            }
            var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
            return string.IsNullOrEmpty(source) || source == ":memory:" ? UnknownLocation : Path.GetFullPath(source);
        }
        catch (ArgumentException)
        {
            return UnknownLocation;
        }
    }
}

using System.Data.Common;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>
/// Another connection holding the write lock the outbox needs, as another program would, until released: SQLite
/// BEGIN EXCLUSIVE on the file, PostgreSQL LOCK TABLE "OutboxMessages" IN ACCESS EXCLUSIVE MODE.
/// </summary>
internal sealed class OutboxTableLock : IAsyncDisposable
{
    private readonly DbConnection connection;
    private bool held;

    private OutboxTableLock(DbConnection connection) => this.connection = connection;

    public static async Task<OutboxTableLock> TakeAsync(TestDatabase database)
    {
        var connection = database.Connect();
        await connection.OpenAsync();
        var taken = new OutboxTableLock(connection);
        await taken.ExecuteAsync(database.Provider == DatabaseProvider.Postgres
            ? """BEGIN; LOCK TABLE "OutboxMessages" IN ACCESS EXCLUSIVE MODE"""
            : "BEGIN EXCLUSIVE");
        taken.held = true;
        return taken;
    }

    public async Task ReleaseAsync()
    {
        if (!held) return;
        held = false;
        await ExecuteAsync("COMMIT");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        await connection.DisposeAsync();
    }
}

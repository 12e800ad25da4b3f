using System.Data.Common;
using KpiDashboard.Ingestion.Batches.Staging;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>
/// Fills <see cref="StagingSql.Units"/> with a first load's units, so that the approval check and the submissions
/// (<see cref="SubmissionSql"/>) read the few distinct units instead of the facts they were written as.
/// </summary>
internal static class UnitsTable
{
    public static async Task WriteAsync(DbConnection connection, DbTransaction tx, StagingSql sql,
        IEnumerable<(int Period, string Province, string Commune)> units, CancellationToken ct)
    {
        await BatchWriter.ExecuteAsync(connection, tx, sql.CreateUnits(), ct);
        if (connection is NpgsqlConnection postgres)
        {
            await using var copy = await PostgresStagingLoader.BeginCopyAsync(postgres, StagingSql.Units, StagingSql.UnitColumns, ct);
            foreach (var (period, province, commune) in units)
            {
                await copy.StartRowAsync(ct);
                copy.Write(period, NpgsqlDbType.Integer);
                copy.Write(province, NpgsqlDbType.Text);
                copy.Write(commune, NpgsqlDbType.Text);
            }
            await copy.CompleteAsync(ct);
            return;
        }
        using var insert = new SqliteRowInsert((SqliteConnection)connection, StagingSql.Units, StagingSql.UnitColumns);
        foreach (var (period, province, commune) in units)
        {
            ct.ThrowIfCancellationRequested();
            insert.Bind(1, period);
            insert.Bind(2, province);
            insert.Bind(3, commune);
            insert.Step();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace KpiDashboard.Metrics.Data;

/// <summary>
/// A transaction that one app instance at a time holds, for the start-up work that two instances starting together on
/// one database would otherwise both do and fail on a unique key (the commune list, the demo accounts). SQLite's
/// transaction takes the write lock when it begins; PostgreSQL takes a transaction-scoped advisory lock.
/// </summary>
public static class ExclusiveTransaction
{
    // Advisory lock keys. Batches: the batch writer's, also taken by approvals so that none lands in the middle of a batch.
    public const long Batches = 7208250001;
    public const long Units = 7208250002;
    public const long DemoAccounts = 7208250003;

    public static async Task<IDbContextTransaction> BeginExclusiveTransactionAsync(this DatabaseFacade database, long key, CancellationToken ct = default)
    {
        var transaction = await database.BeginTransactionAsync(ct);
        if (database.IsNpgsql()) await database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
        return transaction;
    }
}

using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// The durable outbox: a row per (subscription, period) is written before anything is sent, claimed by one
/// conditional UPDATE (so two app instances on one database never take the same row), and closed as sent,
/// retried with backoff, or failed with the SMTP reply. A sender that dies holding a claim loses it when its lease expires.
/// </summary>
public sealed partial class SummaryOutbox(
    KpiDbContext db,
    SummaryComposer composer,
    IMailSender sender,
    TimeProvider time,
    IOptions<SummaryOptions> options,
    ILogger<SummaryOutbox> log)
{
    private const int BatchSize = 50;

    /// <summary>Who claims rows in this run; unique per run, so a lease is never mistaken for another run's.</summary>
    public string Owner { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}" is var o && o.Length > 100 ? o[^100..] : o;

    /// <summary>Queues one message per active subscription (or those of one address) for the period; existing rows are kept as they are.</summary>
    public async Task<int> EnqueueAsync(Month period, string? onlyAddress = null, CancellationToken ct = default)
    {
        var now = time.GetUtcNow().UtcTicks;
        var text = period.ToString();
        var only = onlyAddress is null ? null : EmailAddress.Normalize(onlyAddress) ?? onlyAddress.Trim().ToLowerInvariant();
        // ON CONFLICT DO NOTHING on the unique (SubscriptionId, Period) index: enqueueing twice, from two instances
        // or after a restart, adds nothing. The WHERE clause is required by SQLite's parser before ON CONFLICT; the CAST
        // gives PostgreSQL a type for a null parameter.
        return await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO "OutboxMessages" ("SubscriptionId", "Period", "Status", "Attempts", "CreatedUtc", "NextAttemptUtc")
            SELECT "Id", {text}, {(int)OutboxStatus.Queued}, 0, {now}, {now} FROM "Subscriptions"
            WHERE "IsActive" AND (CAST({only} AS TEXT) IS NULL OR "Email" = {only})
            ON CONFLICT ("SubscriptionId", "Period") DO NOTHING
            """, ct);
    }

    /// <summary>Sends every due message (of one period and address when given) until none is left to claim.</summary>
    public async Task<OutboxRun> ProcessAsync(Month? period = null, string? onlyAddress = null, CancellationToken ct = default)
    {
        int sent = 0, retrying = 0, failed = 0, cancelled = 0;
        var tried = new HashSet<long>();
        var periodText = period?.ToString();
        var only = onlyAddress is null ? null : EmailAddress.Normalize(onlyAddress) ?? onlyAddress.Trim().ToLowerInvariant();
        while (!ct.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var due = Due(now);
            if (periodText is not null) due = due.Where(m => m.Period == periodText);
            if (only is not null) due = due.Where(m => m.Subscription!.Email == only);
            var ids = await due.OrderBy(m => m.Id).Select(m => m.Id).Take(BatchSize + tried.Count).ToListAsync(ct);
            ids.RemoveAll(tried.Contains);
            if (ids.Count == 0) break;
            foreach (var id in ids.Take(BatchSize))
            {
                tried.Add(id);
                if (!await TryClaimAsync(id, ct)) continue;
                switch (await SendClaimedAsync(id, ct))
                {
                    case OutboxStatus.Sent: sent++; break;
                    case OutboxStatus.Failed: failed++; break;
                    case OutboxStatus.Cancelled: cancelled++; break;
                    default: retrying++; break;
                }
            }
        }
        return new OutboxRun(sent, retrying, failed, cancelled);
    }

    public Task<bool> RequeueAsync(long id, CancellationToken ct = default) => throw new NotImplementedException();

    private IQueryable<OutboxMessage> Due(DateTimeOffset now) => db.OutboxMessages.AsNoTracking()
        .Where(m => m.Status == OutboxStatus.Queued && m.NextAttemptUtc <= now && (m.LeaseExpiresUtc == null || m.LeaseExpiresUtc <= now));

    /// <summary>
    /// One UPDATE that succeeds only while the row is queued, due and not leased: the database serialises
    /// concurrent claims, so exactly one sender sees a changed row.
    /// </summary>
    internal async Task<bool> TryClaimAsync(long id, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var until = now + options.Value.Lease;
        var owner = Owner;
        var changed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Queued && m.NextAttemptUtc <= now
                        && (m.LeaseExpiresUtc == null || m.LeaseExpiresUtc <= now))
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.LeaseOwner, owner)
                .SetProperty(m => m.LeaseExpiresUtc, until)
                .SetProperty(m => m.Attempts, m => m.Attempts + 1), ct);
        return changed == 1;
    }

    private async Task<OutboxStatus> SendClaimedAsync(long id, CancellationToken ct)
    {
        var row = await db.OutboxMessages.AsNoTracking().Include(m => m.Subscription).FirstAsync(m => m.Id == id, ct);
        var subscription = row.Subscription!;
        if (!subscription.IsActive)
        {
            await CloseAsync(id, OutboxStatus.Cancelled, null, "đã hủy đăng ký / unsubscribed before sending", ct);
            return OutboxStatus.Cancelled;
        }
        var messageId = $"summary-{row.Id}-{row.Period}@kpidashboard";
        try
        {
            var message = await composer.ComposeAsync(subscription, Period.Parse(row.Period).First, messageId, ct);
            var reply = await sender.SendAsync(message, ct);
            if (!await CloseAsync(id, OutboxStatus.Sent, messageId, null, ct))
                LogLeaseLost(log, id, subscription.Email, row.Period);
            LogSent(log, subscription.Email, row.Period, reply);
            return OutboxStatus.Sent;
        }
        catch (MailSendException e)
        {
            return await RecordFailureAsync(row, e.Reply, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A composing fault (bad data, chart) is recorded like an SMTP failure: retried, then failed, never lost.
            return await RecordFailureAsync(row, $"{e.GetType().Name}: {e.Message}", ct);
        }
    }

    private async Task<OutboxStatus> RecordFailureAsync(OutboxMessage claimed, string reply, CancellationToken ct)
    {
        // Attempts was raised by the claim; the row read after it holds this attempt's number.
        var delay = RetrySchedule.After(claimed.Attempts);
        var status = delay is null ? OutboxStatus.Failed : OutboxStatus.Queued;
        var next = time.GetUtcNow() + (delay ?? TimeSpan.Zero);
        var owner = Owner;
        var error = reply.Length > 2000 ? reply[..2000] : reply;
        await db.OutboxMessages.Where(m => m.Id == claimed.Id && m.LeaseOwner == owner).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.NextAttemptUtc, next)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), ct);
        if (status == OutboxStatus.Failed) LogFailed(log, claimed.Subscription!.Email, claimed.Period, claimed.Attempts, reply);
        else LogRetry(log, claimed.Subscription!.Email, claimed.Period, claimed.Attempts, next, reply);
        return status;
    }

    private async Task<bool> CloseAsync(long id, OutboxStatus status, string? messageId, string? error, CancellationToken ct)
    {
        var owner = Owner;
        DateTimeOffset? sentAt = status == OutboxStatus.Sent ? time.GetUtcNow() : null;
        // CancellationToken.None: once the server has the message, recording it must not be cancelled half-way.
        return await db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, status)
            .SetProperty(m => m.SentUtc, sentAt)
            .SetProperty(m => m.MessageId, messageId)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), CancellationToken.None) == 1;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Summary for {Email} ({Period}) sent: {Reply}")]
    private static partial void LogSent(ILogger logger, string email, string period, string reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary for {Email} ({Period}) attempt {Attempt} failed, retry at {NextAttempt:u}: {Reply}")]
    private static partial void LogRetry(ILogger logger, string email, string period, int attempt, DateTimeOffset nextAttempt, string reply);

    [LoggerMessage(Level = LogLevel.Error, Message = "Summary for {Email} ({Period}) failed after {Attempts} attempts: {Reply}")]
    private static partial void LogFailed(ILogger logger, string email, string period, int attempts, string reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id} for {Email} ({Period}) was sent after its lease expired; another sender may have taken it over")]
    private static partial void LogLeaseLost(ILogger logger, long id, string email, string period);
}

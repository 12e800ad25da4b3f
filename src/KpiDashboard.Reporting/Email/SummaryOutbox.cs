using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// The durable outbox: a row per (subscription, period) is written before anything is sent, claimed by one
/// conditional UPDATE (so two app instances on one database never take the same row), then marked Sending with its
/// Message-Id in its own committed UPDATE before the SMTP transaction starts. After that line the message is never
/// sent again automatically: a 250 is recorded as Sent (retried until the lease ends if the database is locked or
/// down), a refusal goes back to the queue with backoff, and anything that may have been delivered without our
/// knowing (no reply after DATA, a sender gone while Sending) becomes Uncertain, for an Admin to requeue.
/// A sender that dies before Sending loses its claim when the lease expires, and the row is simply taken over.
/// </summary>
public sealed partial class SummaryOutbox(
    KpiDbContext db,
    IMailSender sender,
    TimeProvider time,
    IOptions<SummaryOptions> options,
    IOptions<SmtpOptions> smtp,
    IServiceScopeFactory scopes,
    ILogger<SummaryOutbox> log)
{
    private const int BatchSize = 50;

    private const string AbandonedNote =
        "gửi dở dang, máy chủ thư có thể đã nhận; kiểm tra rồi đưa lại hàng đợi nếu cần / interrupted while sending, the server may have it; check, then requeue if needed";

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

    /// <summary>
    /// Marks rows left in Sending past their lease as Uncertain, then sends every due message (of one period and address
    /// when given; only reminders, or only summaries, when <paramref name="reminders"/> says) until none is left to claim.
    /// Rows are claimed one by one in id order; up to Summaries:ComposeParallelism of the claimed messages are composed at
    /// once, each in its own scope, sharing one <see cref="SummaryRunContext"/>; this one sender then marks each Sending
    /// and hands it to the one SMTP connection in claim order. At most twice that many claims wait ahead of the sender;
    /// a run that stops puts them back in the queue (none of them was marked Sending, so none can have gone out).
    /// </summary>
    public async Task<OutboxRun> ProcessAsync(Month? period = null, string? onlyAddress = null, CancellationToken ct = default, bool? reminders = null)
    {
        int sent = 0, retrying = 0, failed = 0, cancelled = 0;
        var uncertain = await MarkAbandonedAsync(ct);
        var tried = new HashSet<long>();
        var periodText = period?.ToString();
        var only = onlyAddress is null ? null : EmailAddress.Normalize(onlyAddress) ?? onlyAddress.Trim().ToLowerInvariant();
        var parallelism = options.Value.ComposeParallelism;
        var run = new SummaryRunContext();
        using var gate = new SemaphoreSlim(parallelism);
        var candidates = new Queue<long>();
        var composing = new Queue<(long Id, Task<ComposedMessage> Message)>();
        var exhausted = false;
        try
        {
            while (true)
            {
                while (!exhausted && composing.Count < 2 * parallelism && !ct.IsCancellationRequested)
                {
                    if (candidates.Count == 0)
                    {
                        var now = time.GetUtcNow();
                        var due = Due(now);
                        if (periodText is not null) due = due.Where(m => m.Period == periodText);
                        if (only is not null) due = due.Where(m => (m.Recipient ?? m.Subscription!.Email) == only);
                        if (reminders is { } r) due = due.Where(m => (m.SubscriptionId == null) == r);
                        var ids = await due.OrderBy(m => m.Id).Select(m => m.Id).Take(BatchSize + tried.Count).ToListAsync(ct);
                        ids.RemoveAll(tried.Contains);
                        if (ids.Count == 0)
                        {
                            exhausted = true;
                            break;
                        }
                        foreach (var id in ids.Take(BatchSize)) candidates.Enqueue(id);
                    }
                    var next = candidates.Dequeue();
                    tried.Add(next);
                    if (!await TryClaimAsync(next, ct)) continue;
                    // Task.Run: SQLite's async calls complete synchronously, so composing would otherwise run on this loop.
                    composing.Enqueue((next, Task.Run(() => ComposeClaimedAsync(next, run, gate, ct), CancellationToken.None)));
                }
                if (composing.Count == 0) break;
                ct.ThrowIfCancellationRequested();
                var (claimed, task) = composing.Peek();
                var composed = await task;
                composing.Dequeue();
                switch (await SendComposedAsync(claimed, composed, ct))
                {
                    case null: break;
                    case OutboxStatus.Sent: sent++; break;
                    case OutboxStatus.Failed: failed++; break;
                    case OutboxStatus.Cancelled: cancelled++; break;
                    case OutboxStatus.Uncertain: uncertain++; break;
                    default: retrying++; break;
                }
            }
        }
        finally
        {
            await ReleaseClaimsAsync(composing);
        }
        return new OutboxRun(sent, retrying, failed, cancelled, uncertain);
    }

    /// <summary>
    /// An Admin's decision that an Uncertain (or Failed) message should go again: queued, due now, its Message-Id kept so
    /// that a receiver which already has it can drop the copy. False when the row is in no such state.
    /// </summary>
    public async Task<bool> RequeueAsync(long id, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        return await db.OutboxMessages
            .Where(m => m.Id == id && (m.Status == OutboxStatus.Uncertain || m.Status == OutboxStatus.Failed))
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, OutboxStatus.Queued)
                .SetProperty(m => m.NextAttemptUtc, now)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), ct) == 1;
    }

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

    /// <summary>
    /// A row still in Sending after its lease was left by a sender that died or lost the database between handing the
    /// message to the server and recording the reply: it may have been delivered, so it is never sent again from here.
    /// One UPDATE, so concurrent runs count each row once.
    /// </summary>
    private async Task<int> MarkAbandonedAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var changed = await db.OutboxMessages
            .Where(m => m.Status == OutboxStatus.Sending && m.LeaseExpiresUtc != null && m.LeaseExpiresUtc <= now)
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, OutboxStatus.Uncertain)
                .SetProperty(m => m.LastError, AbandonedNote)
                .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), ct);
        if (changed > 0) LogAbandoned(log, changed);
        return changed;
    }

    /// <summary>A claimed row's message, made in a scope of its own; a composing fault is kept for the sender to record in order.</summary>
    private async Task<ComposedMessage> ComposeClaimedAsync(long id, SummaryRunContext run, SemaphoreSlim gate, CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var services = scope.ServiceProvider;
            var row = await services.GetRequiredService<KpiDbContext>().OutboxMessages.AsNoTracking().Include(m => m.Subscription)
                .FirstAsync(m => m.Id == id, ct);
            var messageId = row.Subscription is null ? $"reminder-{row.Id}-{row.Period}@kpidashboard" : $"summary-{row.Id}-{row.Period}@kpidashboard";
            if (row.Subscription is { IsActive: false }) return new ComposedMessage(row, messageId, null, null);
            try
            {
                var message = row.Subscription is { } subscription
                    ? await services.GetRequiredService<SummaryComposer>().UseRun(run).ComposeAsync(subscription, Period.Parse(row.Period).First, messageId, ct)
                    : ReminderMessage.Build(row, MailboxAddress.Parse(smtp.Value.From), messageId);
                return new ComposedMessage(row, messageId, message, null);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return new ComposedMessage(row, messageId, null, $"{e.GetType().Name}: {e.Message}");
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record ComposedMessage(OutboxMessage Row, string MessageId, MimeMessage? Message, string? Error);

    /// <summary>
    /// Claims not yet marked Sending when a run stops (cancelled, or a database fault): back in the queue at once rather
    /// than at the lease's end. The composing is awaited first, so no scope outlives the run.
    /// </summary>
    private async Task ReleaseClaimsAsync(Queue<(long Id, Task<ComposedMessage> Message)> composing)
    {
        if (composing.Count == 0) return;
        var ids = new List<long>();
        foreach (var (id, task) in composing)
        {
            ids.Add(id);
            try
            {
                await task;
            }
            catch (Exception)
            {
                // The run is already stopping for its own reason; this message was not sent.
            }
        }
        var owner = Owner;
        try
        {
            await db.OutboxMessages.Where(m => ids.Contains(m.Id) && m.LeaseOwner == owner && m.Status == OutboxStatus.Queued).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReleaseClaimsFailed(log, ids.Count, e);
        }
    }

    private async Task<OutboxStatus?> SendComposedAsync(long id, ComposedMessage composed, CancellationToken ct)
    {
        var (row, messageId, message, error) = composed;
        if (row.Subscription is { IsActive: false })
        {
            await CancelAsync(id, ct);
            return OutboxStatus.Cancelled;
        }
        // A composing fault (bad data, chart) is recorded like an SMTP failure: retried, then failed, never lost.
        if (message is null) return await RecordFailureAsync(row, error ?? "", time.GetUtcNow() + options.Value.Lease);

        if (await MarkSendingAsync(id, messageId, ct) is not { } leaseEnd)
        {
            LogLeaseLost(log, id, Address(row), row.Period);
            return null;
        }
        string reply;
        try
        {
            var handing = System.Diagnostics.Stopwatch.GetTimestamp();
            reply = await sender.SendAsync(message, ct);
            if (log.IsEnabled(LogLevel.Debug))
                LogSmtpTime(log, id, System.Diagnostics.Stopwatch.GetElapsedTime(handing).TotalMilliseconds);
        }
        catch (MailSendException e) when (e.MaybeDelivered)
        {
            return await RecordUncertainAsync(row, e.Reply, leaseEnd);
        }
        catch (MailSendException e)
        {
            return await RecordFailureAsync(row, e.Reply, leaseEnd);
        }
        catch (OperationCanceledException)
        {
            // The sender reports a cancellation after DATA as possibly delivered; this one came before anything was transmitted.
            await ReleaseAsync(id);
            throw;
        }
        await RecordSentAsync(row, messageId, reply, leaseEnd);
        return OutboxStatus.Sent;
    }

    /// <summary>
    /// The line between "nothing was sent" and "the server may have it", committed before the SMTP transaction starts.
    /// Returns the lease's new end, or null when the claim was lost (the lease ran out and another sender took the row).
    /// </summary>
    private async Task<DateTimeOffset?> MarkSendingAsync(long id, string messageId, CancellationToken ct)
    {
        var owner = Owner;
        var until = time.GetUtcNow() + options.Value.Lease;
        var changed = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Queued && m.LeaseOwner == owner)
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, OutboxStatus.Sending)
                .SetProperty(m => m.MessageId, messageId)
                .SetProperty(m => m.LeaseExpiresUtc, until), ct);
        return changed == 1 ? until : null;
    }

    /// <summary>The server accepted it: only the recording is retried, never the sending (also from Uncertain, if another run marked it meanwhile).</summary>
    private async Task RecordSentAsync(OutboxMessage row, string messageId, string reply, DateTimeOffset leaseEnd)
    {
        var owner = Owner;
        var sentAt = time.GetUtcNow();
        var recorded = await RecordAsync(row, "sent", leaseEnd, () => db.OutboxMessages
            .Where(m => m.Id == row.Id && m.LeaseOwner == owner && m.MessageId == messageId
                        && (m.Status == OutboxStatus.Sending || m.Status == OutboxStatus.Uncertain))
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, OutboxStatus.Sent)
                .SetProperty(m => m.SentUtc, sentAt)
                .SetProperty(m => m.LastError, (string?)null)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), CancellationToken.None));
        if (recorded != 1) LogLeaseLost(log, row.Id, Address(row), row.Period);
        LogSent(log, Address(row), row.Period, reply);
    }

    private async Task<OutboxStatus> RecordFailureAsync(OutboxMessage claimed, string reply, DateTimeOffset leaseEnd)
    {
        // Attempts was raised by the claim; the row read after it holds this attempt's number.
        var delay = RetrySchedule.After(claimed.Attempts);
        var status = delay is null ? OutboxStatus.Failed : OutboxStatus.Queued;
        var next = time.GetUtcNow() + (delay ?? TimeSpan.Zero);
        var owner = Owner;
        var error = Truncate(reply);
        await RecordAsync(claimed, "failed attempt", leaseEnd, () => db.OutboxMessages
            .Where(m => m.Id == claimed.Id && m.LeaseOwner == owner && (m.Status == OutboxStatus.Queued || m.Status == OutboxStatus.Sending))
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, status)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.NextAttemptUtc, next)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), CancellationToken.None));
        if (status == OutboxStatus.Failed) LogFailed(log, Address(claimed), claimed.Period, claimed.Attempts, reply);
        else LogRetry(log, Address(claimed), claimed.Period, claimed.Attempts, next, reply);
        return status;
    }

    private async Task<OutboxStatus> RecordUncertainAsync(OutboxMessage claimed, string reply, DateTimeOffset leaseEnd)
    {
        var owner = Owner;
        var error = Truncate($"{reply} — máy chủ thư có thể đã nhận; không gửi lại tự động / the server may have accepted it; not sent again automatically");
        await RecordAsync(claimed, "uncertain", leaseEnd, () => db.OutboxMessages
            .Where(m => m.Id == claimed.Id && m.LeaseOwner == owner && m.Status == OutboxStatus.Sending)
            .ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, OutboxStatus.Uncertain)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), CancellationToken.None));
        LogUncertain(log, Address(claimed), claimed.Period, reply);
        return OutboxStatus.Uncertain;
    }

    /// <summary>
    /// Runs one recording UPDATE until the database takes it, for as long as the lease lasts: a locked or unavailable
    /// database delays what happened on the wire, never changes it. Past the lease the run stops; the row, left in
    /// Sending, becomes Uncertain on the next run.
    /// </summary>
    private async Task<int> RecordAsync(OutboxMessage row, string outcome, DateTimeOffset leaseEnd, Func<Task<int>> update)
    {
        try
        {
            return await RecordingRetry.RunAsync(update, leaseEnd, time,
                (e, next) => LogRecordRetry(log, row.Id, Address(row), row.Period, outcome, next, e.Message));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new OutboxRecordingException(
                $"Không ghi được kết quả \"{outcome}\" của thư {Address(row)} ({row.Period}) vào cơ sở dữ liệu; thư không được gửi lại tự động / " +
                $"Could not record the outcome \"{outcome}\" of the summary for {Address(row)} ({row.Period}); it will not be sent again automatically: {e.Message}", e);
        }
    }

    private async Task CancelAsync(long id, CancellationToken ct)
    {
        var owner = Owner;
        await db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner).ExecuteUpdateAsync(u => u
            .SetProperty(m => m.Status, OutboxStatus.Cancelled)
            .SetProperty(m => m.LastError, "đã hủy đăng ký / unsubscribed before sending")
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), ct);
    }

    /// <summary>Back in the queue after a cancellation before anything was transmitted; if that fails, the row ends Uncertain.</summary>
    private async Task ReleaseAsync(long id)
    {
        var owner = Owner;
        var now = time.GetUtcNow();
        try
        {
            await db.OutboxMessages.Where(m => m.Id == id && m.LeaseOwner == owner && m.Status == OutboxStatus.Sending).ExecuteUpdateAsync(u => u
                .SetProperty(m => m.Status, OutboxStatus.Queued)
                .SetProperty(m => m.NextAttemptUtc, now)
                .SetProperty(m => m.LeaseOwner, (string?)null)
                .SetProperty(m => m.LeaseExpiresUtc, (DateTimeOffset?)null), CancellationToken.None);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogReleaseFailed(log, id, e);
        }
    }

    /// <summary>A summary goes to its subscription's address, a reminder to the one it carries.</summary>
    private static string Address(OutboxMessage row) => row.Subscription?.Email ?? row.Recipient ?? "";

    private static string Truncate(string text) => text.Length > 2000 ? text[..2000] : text;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Outbox row {Id}: SMTP transaction (MIME written to the server) {SmtpMs} ms")]
    private static partial void LogSmtpTime(ILogger logger, long id, double smtpMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Summary for {Email} ({Period}) sent: {Reply}")]
    private static partial void LogSent(ILogger logger, string email, string period, string reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Summary for {Email} ({Period}) attempt {Attempt} failed, retry at {NextAttempt:u}: {Reply}")]
    private static partial void LogRetry(ILogger logger, string email, string period, int attempt, DateTimeOffset nextAttempt, string reply);

    [LoggerMessage(Level = LogLevel.Error, Message = "Summary for {Email} ({Period}) failed after {Attempts} attempts: {Reply}")]
    private static partial void LogFailed(ILogger logger, string email, string period, int attempts, string reply);

    [LoggerMessage(Level = LogLevel.Error, Message = "Summary for {Email} ({Period}) may have been delivered ({Reply}): marked Uncertain, not sent again unless an Admin requeues it")]
    private static partial void LogUncertain(ILogger logger, string email, string period, string reply);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id} for {Email} ({Period}): the {Outcome} could not be recorded, trying again at {Next:u}: {Error}")]
    private static partial void LogRecordRetry(ILogger logger, long id, string email, string period, string outcome, DateTimeOffset next, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Count} outbox rows were left in Sending past their lease: marked Uncertain, not sent again unless an Admin requeues them")]
    private static partial void LogAbandoned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id} could not be put back in the queue after a cancellation; it will show as Uncertain")]
    private static partial void LogReleaseFailed(ILogger logger, long id, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} claimed outbox rows could not be put back in the queue when the run stopped; they are taken again when their lease ends")]
    private static partial void LogReleaseClaimsFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {Id} for {Email} ({Period}): the claim was lost to another sender (lease expired)")]
    private static partial void LogLeaseLost(ILogger logger, long id, string email, string period);
}

using KpiDashboard.Metrics.Accounts;

namespace KpiDashboard.Web.Security;

/// <summary>
/// The audit log from inside a request: the signed-in user (or token) and the client address are filled in.
/// Inject it into any controller that changes or hands out something: <c>await audit.WriteAsync("report.download", name, ct)</c>;
/// a write takes its entry into its own transaction with <see cref="WithEntryAsync{T}"/> or <see cref="Note"/>.
/// </summary>
public sealed class RequestAudit(AuditLog log, IHttpContextAccessor accessor)
{
    public Task WriteAsync(string action, string details = "", CancellationToken ct = default) => log.WriteAsync(Note(action, details), ct);

    /// <summary>A change and its entry in one transaction (see <see cref="AuditLog.WithEntryAsync{T}"/>); a null entry
    /// means the change was refused and is rolled back.</summary>
    public Task<T> WithEntryAsync<T>(Func<CancellationToken, Task<T>> change, Func<T, (string Action, string Details)?> entry, CancellationToken ct = default) =>
        log.WithEntryAsync(change, r => entry(r) is { } e ? Note(e.Action, e.Details) : null, ct);

    /// <summary>The note for IngestOptions.Audit and the other writes that take one.</summary>
    public AuditNote Note(string action, string details = "")
    {
        var context = accessor.HttpContext;
        return new AuditNote(context is null ? "server" : ClientAddress.ActorOf(context), action, details, context is null ? "" : ClientAddress.Of(context));
    }
}

using KpiDashboard.Metrics.Accounts;

namespace KpiDashboard.Web.Security;

/// <summary>
/// The audit log from inside a request: the signed-in user (or token) and the client address are filled in.
/// Inject it into any controller that changes or hands out something: <c>await audit.WriteAsync("report.download", name, ct)</c>.
/// </summary>
public sealed class RequestAudit(AuditLog log, IHttpContextAccessor accessor)
{
    public Task WriteAsync(string action, string details = "", CancellationToken ct = default)
    {
        var context = accessor.HttpContext;
        return log.WriteAsync(context is null ? "server" : ClientAddress.ActorOf(context), action, details, context is null ? "" : ClientAddress.Of(context), ct);
    }
}

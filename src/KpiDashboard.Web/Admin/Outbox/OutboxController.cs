using System.Globalization;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Admin;

/// <summary>
/// The outbox: every summary owed, with its status, attempts, next try and the last SMTP reply. An Admin requeues an
/// Uncertain message (after checking it did not arrive) or a Failed one; nothing else sends it again.
/// </summary>
[Route("admin/outbox")]
public sealed class OutboxController : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] OutboxQuery query, string? status, string? period, CancellationToken ct) =>
        View(await query.BuildAsync(status, period, ct));

    [HttpPost("{id:long}/requeue")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Requeue([FromServices] SummaryOutbox outbox, [FromServices] RequestAudit audit, long id, CancellationToken ct)
    {
        if (!await outbox.RequeueAsync(id, ct))
            throw new InvalidQueryException(StatusCodes.Status409Conflict,
                $"Thư #{id} không ở trạng thái \"không rõ\" hay \"lỗi\" nên không thể đưa lại hàng đợi.",
                $"Message #{id} is neither uncertain nor failed, so it cannot be requeued.");
        await audit.WriteAsync("outbox.requeue", id.ToString(CultureInfo.InvariantCulture), ct);
        return Redirect("/admin/outbox");
    }
}

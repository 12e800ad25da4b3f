using Microsoft.AspNetCore.Mvc;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>The footer line telling when the figures last changed, in Vietnam's time.</summary>
public sealed class DataStampViewComponent(DataVersion version) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var last = await version.LastChangeAsync(HttpContext.RequestAborted);
        var text = last is { } t
            ? Ui.T($"Số liệu cập nhật lúc {VietnamTimeText.Format(t)} (giờ Việt Nam)", $"Figures updated {VietnamTimeText.Format(t)} (Vietnam time)")
            : Ui.T("Chưa có số liệu.", "No figures yet.");
        return Content(text);
    }
}

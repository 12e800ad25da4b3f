using KpiDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KpiDashboard.Web.Controllers;

/// <summary>The pages shown for an unknown address and for an unexpected failure.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorController(IModelMetadataProvider metadata) : Controller
{
    [Route("/error/{status:int}")]
    public IActionResult Status(int status) => status == StatusCodes.Status404NotFound
        ? InvalidQueryFilter.ProblemPage(metadata, status, "Không có trang này.", "There is no such page.")
        : InvalidQueryFilter.ProblemPage(metadata, status is >= 400 and <= 599 ? status : 400, "Yêu cầu không hợp lệ.", "The request is not valid.");

    [Route("/error")]
    public IActionResult Failure() =>
        InvalidQueryFilter.ProblemPage(metadata, StatusCodes.Status500InternalServerError,
            "Đã có lỗi khi tạo trang. Xin thử lại sau.", "Something went wrong while building the page. Please try again later.");
}

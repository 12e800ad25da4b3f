using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KpiDashboard.Web.Controllers;

/// <summary>The pages shown for an unknown address and for an unexpected failure.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[AllowAnonymous] // error pages say nothing about the data, and a 404 re-executed for an anonymous visitor must render
[IgnoreAntiforgeryToken] // a refused POST is re-executed here as a POST: the refusal must show, not a 400
public sealed class ErrorController(IModelMetadataProvider metadata) : Controller
{
    [Route("/error/{status:int}")]
    public IActionResult Status(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => InvalidQueryFilter.ProblemPage(metadata, status,
            "Hãy đăng nhập. Khóa API chỉ dùng cho /api.", "Please sign in. API tokens are for /api only."),
        StatusCodes.Status404NotFound => InvalidQueryFilter.ProblemPage(metadata, status, "Không có trang này.", "There is no such page."),
        StatusCodes.Status403Forbidden => InvalidQueryFilter.ProblemPage(metadata, status, "Tài khoản của bạn không có quyền xem trang này.", "Your account may not see this page."),
        StatusCodes.Status413PayloadTooLarge => InvalidQueryFilter.ProblemPage(metadata, status, "Tệp quá lớn.", "The file is too large."),
        StatusCodes.Status429TooManyRequests => InvalidQueryFilter.ProblemPage(metadata, status, "Quá nhiều yêu cầu. Xin thử lại sau một phút.", "Too many requests. Please try again in a minute."),
        _ => InvalidQueryFilter.ProblemPage(metadata, status is >= 400 and <= 599 ? status : 400, "Yêu cầu không hợp lệ.", "The request is not valid."),
    };

    /// <summary>The exception handler's page: the request's fault gets its 4xx by <see cref="RequestProblems"/>, anything else
    /// a 500; problem details when the failed request was for /api.</summary>
    [Route("/error")]
    public IActionResult Failure()
    {
        var failed = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        var problem = (failed?.Error is { } error ? RequestProblems.Of(error) : null) ?? new InvalidQueryException(StatusCodes.Status500InternalServerError,
            "Đã có lỗi khi tạo trang. Xin thử lại sau.", "Something went wrong while building the page. Please try again later.");
        return failed is not null && ApiPaths.IsApi(failed.Path)
            ? ApiProblem.Result(problem)
            : InvalidQueryFilter.ProblemPage(metadata, problem.Status, problem.MessageVi, problem.MessageEn);
    }
}

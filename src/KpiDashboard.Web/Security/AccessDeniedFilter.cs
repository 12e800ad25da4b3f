using KpiDashboard.Metrics.Access;
using KpiDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace KpiDashboard.Web.Security;

/// <summary>A province outside the caller's scope, found by the query or ingestion services: 403, as a page or as JSON.</summary>
internal sealed class AccessDeniedFilter(IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not AccessDeniedException e) return;
        context.Result = ApiPaths.IsApi(context.HttpContext.Request)
            ? new ObjectResult(new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = "Forbidden", Detail = e.Message }) { StatusCode = StatusCodes.Status403Forbidden }
            : InvalidQueryFilter.ProblemPage(metadata, StatusCodes.Status403Forbidden,
                "Tài khoản của bạn không được xem số liệu này.", "Your account may not see these figures.");
        context.ExceptionHandled = true;
    }
}

using KpiDashboard.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>Turns <see cref="InvalidQueryException"/> into the problem page with its status code.</summary>
internal sealed class InvalidQueryFilter(IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not InvalidQueryException e) return;
        context.Result = Security.ApiPaths.IsApi(context.HttpContext.Request)
            ? new ObjectResult(new ProblemDetails { Status = e.Status, Title = e.MessageEn, Detail = e.MessageVi }) { StatusCode = e.Status }
            : ProblemPage(metadata, e.Status, e.MessageVi, e.MessageEn);
        context.ExceptionHandled = true;
    }

    public static ViewResult ProblemPage(IModelMetadataProvider metadata, int status, string vi, string en) => new()
    {
        ViewName = "Problem",
        StatusCode = status,
        ViewData = new ViewDataDictionary(metadata, new ModelStateDictionary()) { Model = new ProblemModel(status, vi, en) },
    };
}

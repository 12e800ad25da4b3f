using KpiDashboard.Web.Models;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>Turns the exceptions <see cref="RequestProblems"/> knows into the problem page, or problem details on /api, with
/// their status code.</summary>
internal sealed class InvalidQueryFilter(IModelMetadataProvider metadata) : IExceptionFilter
{
    public void OnException(ExceptionContext context)
    {
        if (RequestProblems.Of(context.Exception) is not { } e) return;
        context.Result = Security.ApiPaths.IsApi(context.HttpContext.Request.Path) ? ApiProblem.Result(e) : ProblemPage(metadata, e.Status, e.MessageVi, e.MessageEn);
        context.ExceptionHandled = true;
    }

    public static ViewResult ProblemPage(IModelMetadataProvider metadata, int status, string vi, string en) => new()
    {
        ViewName = "Problem",
        StatusCode = status,
        ViewData = new ViewDataDictionary(metadata, new ModelStateDictionary()) { Model = new ProblemModel(status, vi, en) },
    };
}

using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc.Filters;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// A form body MVC could not read (truncated or malformed multipart, too many values): MVC then binds no parameter at all,
/// not even [FromServices] ones, marks the model state invalid and runs the action anyway. Stop it there with a 400 and the
/// message instead. The form's read is cached, so asking again costs nothing and rethrows what MVC swallowed.
/// </summary>
internal sealed class UnreadableFormFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var request = context.HttpContext.Request;
        if (!context.ModelState.IsValid && request.HasFormContentType
            && !context.ActionDescriptor.FilterDescriptors.Any(f => f.Filter is NoFormBindingAttribute))
        {
            try
            {
                await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is IOException or InvalidDataException && !context.HttpContext.RequestAborted.IsCancellationRequested)
            {
                throw RequestProblems.Unreadable();
            }
        }
        await next();
    }
}

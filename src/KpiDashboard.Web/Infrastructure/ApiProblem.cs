using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>How /api answers a refusal or failure: RFC 9457 problem details as application/problem+json, whatever the client
/// accepts, the English message as the title and the Vietnamese one as the detail.</summary>
internal static class ApiProblem
{
    public const string ContentType = "application/problem+json";

    public static ProblemDetails Of(int status, string vi, string en) => new()
    {
        Status = status,
        Title = en,
        Detail = vi,
        Type = $"https://www.rfc-editor.org/rfc/rfc9110#status.{status}",
    };

    public static ObjectResult Result(InvalidQueryException problem) =>
        new(Of(problem.Status, problem.MessageVi, problem.MessageEn)) { StatusCode = problem.Status, ContentTypes = { ContentType } };

    /// <summary>For a bare status code on /api (401 from the token scheme, 403, 404, 405, 429, ...): the body it lacks.</summary>
    public static Task WriteStatusAsync(StatusCodeContext context)
    {
        var response = context.HttpContext.Response;
        var status = response.StatusCode;
        var (vi, en) = status switch
        {
            StatusCodes.Status401Unauthorized => ("Cần một khóa API hợp lệ (Authorization: Bearer).", "A valid API token is required (Authorization: Bearer)."),
            StatusCodes.Status403Forbidden => ("Khóa API này không có quyền.", "This API token is not allowed to do this."),
            StatusCodes.Status404NotFound => ("Không có địa chỉ này.", "There is no such address."),
            StatusCodes.Status429TooManyRequests => ("Quá nhiều yêu cầu. Xin thử lại sau một phút.", "Too many requests. Please try again in a minute."),
            _ => ("Yêu cầu không được phục vụ.", ReasonPhrases.GetReasonPhrase(status)),
        };
        return response.WriteAsJsonAsync(Of(status, vi, en), (System.Text.Json.JsonSerializerOptions?)null, ContentType, context.HttpContext.RequestAborted);
    }
}

namespace KpiDashboard.Web.Infrastructure;

/// <summary>Request input the app cannot serve (a query string, route value, form field or body): shown as a 4xx page, or
/// problem details on /api, with the message, never a 500.</summary>
public sealed class InvalidQueryException(int status, string messageVi, string messageEn) : Exception(messageEn)
{
    public int Status { get; } = status;
    public string MessageVi { get; } = messageVi;
    public string MessageEn { get; } = messageEn;

    public static InvalidQueryException BadRequest(string vi, string en) => new(StatusCodes.Status400BadRequest, vi, en);

    public static InvalidQueryException NotFound(string vi, string en) => new(StatusCodes.Status404NotFound, vi, en);
}

namespace KpiDashboard.Web.Infrastructure;

/// <summary>A query string or route value the pages cannot serve: shown as a 400 or 404 page with the message, never a 500.</summary>
public sealed class InvalidQueryException(int status, string messageVi, string messageEn) : Exception(messageEn)
{
    public int Status { get; } = status;
    public string MessageVi { get; } = messageVi;
    public string MessageEn { get; } = messageEn;

    public static InvalidQueryException BadRequest(string vi, string en) => new(StatusCodes.Status400BadRequest, vi, en);

    public static InvalidQueryException NotFound(string vi, string en) => new(StatusCodes.Status404NotFound, vi, en);
}

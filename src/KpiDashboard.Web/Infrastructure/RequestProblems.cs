using KpiDashboard.Metrics.Access;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Antiforgery;

namespace KpiDashboard.Web.Infrastructure;

/// <summary>
/// THE ONE MAPPING from an exception to what the client is told: the exceptions that are the request's fault get their 4xx
/// and a message in Vietnamese and English; anything else is null, a 500. Used by the MVC filter (<see cref="InvalidQueryFilter"/>)
/// and by the exception handler's page (<see cref="Controllers.ErrorController"/>) for what escapes MVC.
/// </summary>
internal static class RequestProblems
{
    public static InvalidQueryException? Of(Exception exception) => exception switch
    {
        InvalidQueryException e => e,
        AccessDeniedException e => new(StatusCodes.Status403Forbidden, "Tài khoản của bạn không được xem số liệu này.", e.Message),
        UploadTooLargeException e => TooLarge(e.Limit),
        AntiforgeryValidationException => InvalidQueryException.BadRequest(
            "Biểu mẫu đã hết hạn hoặc không hợp lệ: hãy tải lại trang.", "The form expired or is not valid: reload the page."),
        // Kestrel's refusals: a body over the size limit, a truncated or malformed body, a bad header.
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => new(StatusCodes.Status413PayloadTooLarge, "Tệp quá lớn.", "The file is too large."),
        BadHttpRequestException e => new(e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest,
            "Không đọc được yêu cầu (thân yêu cầu bị cắt ngang hoặc sai định dạng).", "The request could not be read (the body is truncated or malformed)."),
        _ => null,
    };

    public static InvalidQueryException TooLarge(long limit) =>
        new(StatusCodes.Status413PayloadTooLarge, $"Tệp lớn hơn {limit / (1024 * 1024)} MB.", $"The upload is larger than {limit / (1024 * 1024)} MB.");

    public static InvalidQueryException Unreadable() => InvalidQueryException.BadRequest(
        "Không đọc được tệp gửi lên: thân multipart bị cắt ngang hoặc sai định dạng.", "The upload could not be read: the multipart body is truncated or malformed.");

    public static InvalidQueryException UnknownCharset(string charset) => InvalidQueryException.BadRequest(
        $"Bảng mã '{charset}' của tệp gửi lên không được hỗ trợ, hoặc tệp không ở bảng mã đó; hãy lưu tệp dạng CSV UTF-8.",
        $"The upload's charset '{charset}' is unknown, or the file is not in it; save the file as CSV UTF-8.");
}

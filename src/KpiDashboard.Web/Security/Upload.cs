using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace KpiDashboard.Web.Security;

/// <summary>
/// An uploaded file read from a multipart form or a raw body, at most the configured size: a declared Content-Length
/// over it is refused before a byte is read, and a body without one is counted and cut off at the limit.
/// The file name is a label for the batch, never a path. A text part that names its charset is read in it.
/// </summary>
public sealed record Upload(MemoryStream Content, string Name)
{
    public static async Task<Upload?> ReadAsync(HttpRequest request, long limit, string? nameFromQuery, CancellationToken ct)
    {
        if (request.ContentLength > limit) throw new UploadTooLargeException(limit);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit + 64 * 1024;
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
            if (string.IsNullOrEmpty(boundary)) return null;
            var reader = new MultipartReader(boundary, request.Body) { BodyLengthLimit = limit };
            try
            {
                while (await reader.ReadNextSectionAsync(ct) is { } section)
                {
                    if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition) || !disposition.IsFileDisposition()) continue;
                    var name = disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value;
                    return new Upload(Text(await CopyAsync(section.Body, limit, ct), section.ContentType), SourceName.Clean(nameFromQuery ?? name));
                }
            }
            catch (InvalidDataException) when (!ct.IsCancellationRequested)
            {
                // The multipart reader's own length limit.
                throw new UploadTooLargeException(limit);
            }
            catch (IOException) when (!ct.IsCancellationRequested)
            {
                // A body that ends before its closing boundary: the client's fault, a 400 with the message.
                throw RequestProblems.Unreadable();
            }
            return null;
        }
        var content = await CopyAsync(request.Body, limit, ct);
        return content.Length == 0 ? null : new Upload(Text(content, request.ContentType), SourceName.Clean(nameFromQuery));
    }

    /// <summary>A text sent with its charset named (text/csv; charset=windows-1258), as UTF-8; anything else as sent.</summary>
    private static MemoryStream Text(MemoryStream content, string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var type) || !DeclaredCharset.IsText(type.MediaType.Value)) return content;
        var charset = type.Charset.Value;
        return DeclaredCharset.ToUtf8(charset, content) ?? throw RequestProblems.UnknownCharset(DeclaredCharset.Shown(charset));
    }

    private static async Task<MemoryStream> CopyAsync(Stream body, long limit, CancellationToken ct)
    {
        var copy = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (copy.Length + read > limit) throw new UploadTooLargeException(limit);
            copy.Write(buffer, 0, read);
        }
        copy.Position = 0;
        return copy;
    }
}

using System.Text;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// Text whose sender names its charset (a provincial system on Windows may send Windows-1258) is read in it, so nothing
/// is guessed; text without one, or in UTF-8, is kept as sent and must be UTF-8 (<see cref="NotUtf8Exception"/>).
/// </summary>
public static class DeclaredCharset
{
    /// <summary>Whether bytes sent with this media type are text that a charset applies to (not a spreadsheet).</summary>
    public static bool IsText(string? mediaType) => mediaType is { } m
        && (m.StartsWith("text/", StringComparison.OrdinalIgnoreCase) || m.Equals("application/csv", StringComparison.OrdinalIgnoreCase)
            || m.Equals("application/json", StringComparison.OrdinalIgnoreCase) || m.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The text as UTF-8: <paramref name="body"/> itself when no charset or UTF-8 is named, or when it starts with UTF-8's
    /// byte order mark (which outranks the label, as browsers read it: Excel's "CSV UTF-8" under a wrong label); else a new
    /// stream in UTF-8, at most three bytes for each byte sent. Null for a charset .NET does not know, or a body with a byte
    /// that the charset has no letter for.
    /// </summary>
    public static MemoryStream? ToUtf8(string? charset, MemoryStream body)
    {
        var name = charset?.Trim('"', ' ');
        if (string.IsNullOrEmpty(name) || name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            || StartsWithUtf8Mark(body))
            return body;
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            var encoding = Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var utf8 = new MemoryStream();
            using (var text = Encoding.CreateTranscodingStream(body, encoding, Encoding.UTF8, leaveOpen: true)) text.CopyTo(utf8);
            utf8.Position = 0;
            return utf8;
        }
        catch (Exception e) when (e is ArgumentException or DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>The charset as a message repeats it: a header may hold kilobytes, a name of one is a few dozen characters.</summary>
    public static string Shown(string? charset) => charset is { Length: > 40 } ? charset[..40] + "…" : charset ?? "";

    private static bool StartsWithUtf8Mark(MemoryStream body)
    {
        Span<byte> head = stackalloc byte[3];
        var read = body.Read(head);
        body.Position = 0;
        return head[..read].SequenceEqual(Encoding.UTF8.Preamble);
    }
}

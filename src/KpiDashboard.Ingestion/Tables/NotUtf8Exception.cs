using System.Buffers;
using System.Globalization;
using System.Text;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// A text file that is not UTF-8, at its first byte that is none: most often a CSV that Excel saved in the Windows code
/// page (Windows-1258) or an old TCVN3 file, whose Vietnamese letters cannot be read as such without guessing.
/// </summary>
public sealed class NotUtf8Exception(long line, byte value) : IOException(string.Create(CultureInfo.InvariantCulture,
    $"The file is not UTF-8 text: line {line} has the byte 0x{value:X2}, which is not UTF-8 (a Windows-1258 or TCVN3 file?). In Excel, save it again as “CSV UTF-8 (Comma delimited)”."))
{
    public long Line { get; } = line;

    public string MessageVi { get; } = string.Create(CultureInfo.InvariantCulture,
        $"Tệp không phải văn bản UTF-8: dòng {line} có byte 0x{value:X2} không thuộc UTF-8 (tệp lưu bằng bảng mã Windows-1258 hay TCVN3?). Trong Excel, hãy lưu lại bằng “CSV UTF-8 (Comma delimited)”.");

    public IngestError ToError() => new((int)Math.Min(Line, int.MaxValue), "", "", "not_utf8", MessageVi, Message);

    /// <summary>
    /// Reads <paramref name="stream"/> again from its start for the first byte that is not UTF-8 (after a UTF-8 byte order
    /// mark, if any); null when it has none or cannot be read again. Only called once a decoder has failed.
    /// </summary>
    public static NotUtf8Exception? Find(Stream stream)
    {
        if (!stream.CanSeek) return null;
        stream.Position = 0;
        var bytes = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var chars = ArrayPool<char>.Shared.Rent(64 * 1024);
        try
        {
            var (line, carried) = (1L, 0);
            while (true)
            {
                var read = stream.Read(bytes, carried, 64 * 1024 - carried);
                var length = carried + read;
                var text = bytes.AsSpan(0, length);
                var status = System.Text.Unicode.Utf8.ToUtf16(text, chars, out var used, out _, replaceInvalidSequences: false, isFinalBlock: read == 0);
                line += text[..used].Count((byte)'\n');
                if (status == OperationStatus.InvalidData) return new NotUtf8Exception(line, text[used]);
                if (read == 0) return null;
                // A sequence cut by the end of this block is read again with the next one.
                carried = length - used;
                text[used..].CopyTo(bytes);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The decoder of text files that must be UTF-8: it fails on a byte that is not, so that <see cref="Find"/> can name it.</summary>
    public static readonly Encoding Strict = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>
    /// <paramref name="read"/> over the text of a seekable <paramref name="stream"/>, as UTF-8 or as its byte order mark
    /// says; a byte that is not UTF-8 throws this exception, naming its line.
    /// </summary>
    public static async Task<T> ReadTextAsync<T>(Stream stream, Func<TextReader, Task<T>> read)
    {
        try
        {
            using var reader = new StreamReader(stream, Strict, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
            return await read(reader);
        }
        catch (DecoderFallbackException) when (Find(stream) is { } notUtf8)
        {
            throw notUtf8;
        }
    }

    /// <summary>
    /// The whole text of a small file that must be UTF-8 (a calendar schedule, a subscriptions list), so that one in the
    /// Windows code page is refused naming its line instead of read with its Vietnamese letters replaced. A stream that
    /// cannot seek (an upload) is copied first, to be read again for the line.
    /// </summary>
    public static async Task<string> ReadSmallTextAsync(Stream stream, CancellationToken ct)
    {
        if (stream.CanSeek) return await ReadTextAsync(stream, reader => reader.ReadToEndAsync(ct));
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        copy.Position = 0;
        return await ReadTextAsync(copy, reader => reader.ReadToEndAsync(ct));
    }
}

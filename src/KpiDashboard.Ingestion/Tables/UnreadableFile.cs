using System.Globalization;
using System.Text.Json;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// The one error of a file no reader could read (a broken workbook, text that is not UTF-8, invalid JSON, a decoder's or a
/// package's failure), naming the line where the reader knows it.
/// </summary>
public static class UnreadableFile
{
    public static IngestError Error(Exception e) => e switch
    {
        NotUtf8Exception text => text.ToError(),
        JsonException { LineNumber: { } line, BytePositionInLine: { } position } json => new((int)Math.Min(line + 1, int.MaxValue), "", "", "invalid_json",
            string.Create(CultureInfo.InvariantCulture, $"JSON không hợp lệ ở dòng {line + 1}, byte {position + 1} của dòng: sai cú pháp, bị cắt giữa chừng, hoặc lồng quá 64 cấp."),
            string.Create(CultureInfo.InvariantCulture, $"Invalid JSON at line {line + 1}, byte {position + 1} of the line: {json.Message}")),
        _ => IngestError.File("unreadable_file", $"Không đọc được tệp: {e.Message}", $"The file cannot be read: {e.Message}"),
    };
}

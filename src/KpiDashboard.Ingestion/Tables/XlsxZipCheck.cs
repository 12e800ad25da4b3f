using System.IO.Compression;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// Checks an XLSX package as a zip before ClosedXML opens it: the entry count, the declared sizes, and then the
/// real inflated size (declared sizes can lie), counted in a small buffer and stopped at the limit.
/// </summary>
public static class XlsxZipCheck
{
    public static void Ensure(Stream stream, XlsxLimits limits)
    {
        var start = stream.Position;
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var entries = zip.Entries;
            if (entries.Count > limits.MaxEntries)
                throw new XlsxLimitException($"Tệp XLSX có {entries.Count} phần, quá giới hạn {limits.MaxEntries}.",
                    $"The XLSX package has {entries.Count} entries, over the limit of {limits.MaxEntries}.");
            long declared = 0;
            foreach (var entry in entries)
            {
                declared += entry.Length;
                if (declared > limits.MaxUncompressedBytes) throw TooLarge(limits);
            }
            var buffer = new byte[64 * 1024];
            long inflated = 0;
            foreach (var entry in entries)
            {
                using var content = entry.Open();
                int read;
                while ((read = content.Read(buffer)) > 0)
                {
                    inflated += read;
                    if (inflated > limits.MaxUncompressedBytes) throw TooLarge(limits);
                }
            }
        }
        finally
        {
            stream.Position = start;
        }
    }

    private static XlsxLimitException TooLarge(XlsxLimits limits) => new(
        $"Tệp XLSX khi giải nén vượt quá {limits.MaxUncompressedBytes / (1024 * 1024)} MB.",
        $"The XLSX package unpacks to more than {limits.MaxUncompressedBytes / (1024 * 1024)} MB.");
}

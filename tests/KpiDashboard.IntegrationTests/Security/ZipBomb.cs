using System.IO.Compression;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>Small packages that inflate to a lot: zeros compress about a thousand to one.</summary>
public static class ZipBomb
{
    public static byte[] Create(long uncompressedBytes, int entries = 1)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var e = 0; e < entries; e++)
            {
                using var entry = zip.CreateEntry(e == 0 ? "xl/worksheets/sheet1.xml" : $"xl/media/zero{e}.bin", CompressionLevel.SmallestSize).Open();
                for (long written = 0; written < uncompressedBytes / entries; written += zeros.Length) entry.Write(zeros);
            }
        }
        return output.ToArray();
    }

    public static byte[] ManyEntries(int count)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            for (var i = 0; i < count; i++) zip.CreateEntry($"e{i}.xml");
        return output.ToArray();
    }

    /// <summary>Rewrites the uncompressed sizes in the local and central headers, as a hostile package would.</summary>
    public static void DeclareSize(byte[] zip, uint size)
    {
        for (var i = 0; i + 30 < zip.Length; i++)
        {
            if (zip[i] != 'P' || zip[i + 1] != 'K') continue;
            if (zip[i + 2] == 3 && zip[i + 3] == 4) BitConverter.TryWriteBytes(zip.AsSpan(i + 22, 4), size);
            else if (zip[i + 2] == 1 && zip[i + 3] == 2) BitConverter.TryWriteBytes(zip.AsSpan(i + 24, 4), size);
        }
    }
}

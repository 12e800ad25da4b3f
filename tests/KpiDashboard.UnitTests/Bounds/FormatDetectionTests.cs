using KpiDashboard.Ingestion.Batches;

namespace KpiDashboard.UnitTests.Bounds;

/// <summary>Telling a file's format apart reads its start only, whatever the file holds.</summary>
public sealed class FormatDetectionTests
{
    /// <summary>A seekable stream of <paramref name="length"/> copies of one byte that counts what is read from it.</summary>
    private sealed class Repeated(long length, byte value) : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => true;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get; set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Position);
            buffer.AsSpan(offset, n).Fill(value);
            (Position, BytesRead) = (Position + n, BytesRead + n);
            return n;
        }

        public override long Seek(long offset, SeekOrigin origin) => Position = origin switch
        {
            SeekOrigin.Begin => offset, SeekOrigin.Current => Position + offset, _ => length + offset,
        };

        public override void Flush() { }
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void A_file_of_one_endless_line_is_told_apart_from_its_first_64_k_characters()
    {
        // Before, the header line was read whole: a 20 MB upload of one line took 570 MB, 300 MB on the command line 7 GB.
        var file = new Repeated(64L * 1024 * 1024, (byte)'a');
        Assert.Equal(SourceFormat.Table, IngestService.Detect(file));
        Assert.InRange(file.BytesRead, 1, 1024 * 1024);
    }

    [Theory]
    [InlineData("[{\"period\":\"2025-07\"}]", SourceFormat.Json)]
    [InlineData("\uFEFF \r\n\t{\"rows\":[]}", SourceFormat.Json)]
    [InlineData("period,province,commune,field,received_online\n", SourceFormat.Table)]
    [InlineData("dossier_code,procedure_code,field,province,commune,channel,received_at\n", SourceFormat.Dossiers)]
    public void A_json_table_is_told_by_its_first_character(string start, SourceFormat format) =>
        Assert.Equal(format, IngestService.Detect(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(start))));
}

using System.Net;
using System.Text.Json;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.IntegrationTests.Security;

[Collection(SecurityCollection.Name)]
public sealed class UploadLimitTests(SecurityFixture app)
{
    private static readonly UnitDirectory NoUnits = new([], [], []);

    [Fact]
    public void A_zip_bomb_is_rejected_by_the_ingestion_reader_quickly_and_without_inflating_it()
    {
        var bomb = ZipBomb.Create(200L * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024, $"the bomb is {bomb.Length} bytes");
        // "Quickly" is shown by what is allocated, not by a clock: a bomb that is not inflated costs almost nothing.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = FigureFile.Read(new MemoryStream(bomb), NoUnits);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 32 * 1024 * 1024, "inflated into memory");
        Assert.Equal("xlsx_too_large", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_package_with_too_many_entries_is_rejected()
    {
        var result = FigureFile.Read(new MemoryStream(ZipBomb.ManyEntries(XlsxLimits.Default.MaxEntries + 1)), NoUnits);
        Assert.Equal("xlsx_too_large", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Declared_sizes_are_not_trusted_a_package_that_lies_about_them_is_still_rejected_quickly()
    {
        var bomb = ZipBomb.Create(200L * 1024 * 1024);
        ZipBomb.DeclareSize(bomb, 1024);
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = FigureFile.Read(new MemoryStream(bomb), NoUnits);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - allocated < 32 * 1024 * 1024, "inflated into memory");
        Assert.Contains(Assert.Single(result.Errors).Code, new[] { "xlsx_too_large", "unreadable_file" });
    }

    [Fact]
    public void The_inflated_bytes_are_counted_across_entries()
    {
        var limits = new XlsxLimits(100, 4L * 1024 * 1024);
        var e = Assert.Throws<XlsxLimitException>(() => XlsxZipCheck.Ensure(new MemoryStream(ZipBomb.Create(16L * 1024 * 1024, entries: 8)), limits));
        Assert.Contains("4 MB", e.Message);
    }

    [Fact]
    public async Task A_zip_bomb_posted_to_the_api_is_400_xlsx_too_large()
    {
        var client = await app.ClientAsync(Who.TokenAnalyst);
        var bomb = ZipBomb.Create(64L * 1024 * 1024);
        var response = await client.PostAsync("/api/ingest?name=bomb.xlsx", new ByteArrayContent(bomb));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("xlsx_too_large", error.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_upload_declared_over_the_limit_is_413_before_the_body_is_read()
    {
        var client = await app.ClientAsync(Who.TokenAnalyst);
        var body = new CountingStream(3L * SecurityFixture.UploadMegabytes * 1024 * 1024, canSeek: false);
        var content = new StreamContent(body);
        content.Headers.ContentLength = 3L * SecurityFixture.UploadMegabytes * 1024 * 1024;
        var response = await client.PostAsync("/api/ingest", content);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(body.Served < 3L * SecurityFixture.UploadMegabytes * 1024 * 1024, "the whole body was read");
    }

    [Fact]
    public async Task An_upload_without_a_length_is_cut_off_at_the_limit()
    {
        var client = await app.ClientAsync(Who.TokenAnalyst);
        var body = new CountingStream(64L * 1024 * 1024, canSeek: false);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await client.PostAsync("/api/ingest", new StreamContent(body), timeout.Token);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(body.Served < 16L * 1024 * 1024, $"served {body.Served} bytes");
    }

    [Fact]
    public async Task A_multipart_upload_over_the_limit_is_413()
    {
        var client = await app.ClientAsync(Who.TokenAnalyst);
        var file = new StreamContent(new CountingStream(2L * SecurityFixture.UploadMegabytes * 1024 * 1024, canSeek: false));
        var response = await client.PostAsync("/api/ingest", new MultipartFormDataContent { { file, "file", "big.csv" } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A body of zeros generated as it is read, telling how much was read.</summary>
    private sealed class CountingStream(long length, bool canSeek = true) : Stream
    {
        public long Served { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => canSeek;
        public override bool CanWrite => false;
        public override long Length => canSeek ? length : throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Served);
            Array.Clear(buffer, offset, n);
            Served += n;
            return n;
        }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Net;
using System.Net.Http.Headers;
using KpiDashboard.Ingestion.Batches;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Web;

[Collection(WebCollection.Name)]
public sealed class ChartEndpointTests(WebFixture app)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("/charts/ranking.png?period=2025-07")]
    [InlineData("/charts/trend.png?period=2025-07&province=25&months=24")]
    [InlineData("/charts/fields.png?period=2025-07&province=25&scale=2")]
    [InlineData("/charts/trend.png?period=2025-06&commune=04792&lang=en")]
    public async Task Charts_are_png_with_an_etag_and_revalidate_with_304(string url)
    {
        var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(PngSignature, bytes[..8]);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString());

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, notModified.Headers.ETag);
    }

    [Fact]
    public async Task Scale_two_is_twice_the_pixels()
    {
        var one = await app.CreateClient().GetByteArrayAsync("/charts/trend.png?period=2025-07&w=400&h=200");
        var two = await app.CreateClient().GetByteArrayAsync("/charts/trend.png?period=2025-07&w=400&h=200&scale=2");
        Assert.Equal(400, PngWidth(one));
        Assert.Equal(800, PngWidth(two));
    }

    [Fact]
    public async Task Svg_has_vietnamese_text()
    {
        var response = await app.CreateClient().GetAsync("/charts/fields.svg?period=2025-07&province=25");
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tần số vô tuyến điện", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Different_requests_have_different_etags()
    {
        var vi = await app.CreateClient().GetAsync("/charts/ranking.png?period=2025-07&lang=vi");
        var en = await app.CreateClient().GetAsync("/charts/ranking.png?period=2025-07&lang=en");
        var other = await app.CreateClient().GetAsync("/charts/ranking.png?period=2025-06&lang=vi");
        Assert.NotEqual(vi.Headers.ETag, en.Headers.ETag);
        Assert.NotEqual(vi.Headers.ETag, other.Headers.ETag);
    }

    [Fact]
    public async Task The_etag_changes_when_a_batch_lands_and_when_it_is_rolled_back()
    {
        const string url = "/charts/trend.png?period=2025-07&province=01";
        var client = app.CreateClient();
        var before = (await client.GetAsync(url)).Headers.ETag!;

        var batch = await app.IngestAsync(
            "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n" +
            "2023-01,01,,TSVTD,1,1,0,1,0,0,1,0\n", "etag-test.csv");
        var afterIngest = await client.GetAsync(url);
        Assert.NotEqual(before, afterIngest.Headers.ETag);
        var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(before);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);

        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<BatchRollback>().RollbackAsync(batch.BatchId!.Value)).Succeeded);
        var afterRollback = (await client.GetAsync(url)).Headers.ETag!;
        Assert.NotEqual(afterIngest.Headers.ETag, afterRollback);
        Assert.NotEqual(before, afterRollback);
    }

    [Fact]
    public async Task Pages_carry_alt_text_and_a_data_table_beside_each_chart()
    {
        var html = await app.CreateClient().GetStringAsync("/provinces/25?period=2025-07");
        Assert.Contains("alt=\"Phú Thọ: tiếp nhận", html);
        Assert.Contains("srcset=", html);
        Assert.Contains("Bảng số liệu của biểu đồ", html);
        Assert.Contains("/charts/trend.png?period=2025-07&amp;province=25&amp;months=24", html);
    }

    private static int PngWidth(byte[] png) => (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19];
}

using System.Net;
using KpiDashboard.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>A chart is drawn only in the sizes the pages use (a small range, scale 1 or 2): nothing huge for anybody.</summary>
[Collection(SecurityCollection.Name)]
public sealed class ChartSizeTests(SecurityFixture app)
{
    [Theory]
    [InlineData("/charts/trend.png?w=4000&h=4000&scale=4")]
    [InlineData("/charts/ranking.png?w=1600")]
    [InlineData("/charts/ranking.png?h=1600")]
    [InlineData("/charts/trend.png?scale=3")]
    [InlineData("/charts/trend.png?scale=1.5")]
    [InlineData("/charts/trend.svg?w=99")]
    [InlineData("/charts/fields.png?w=-1")]
    [InlineData("/charts/fields.png?w=1e3")]
    [InlineData("/charts/trend.png?months=100000")]
    public async Task A_size_out_of_range_is_a_400_naming_the_value_and_nothing_is_drawn(string url)
    {
        var viewer = await app.ClientAsync(Who.Viewer);
        var cache = app.Services.GetRequiredService<ChartCache>();
        var entries = cache.Count;
        var response = await viewer.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không hợp lệ", await response.Content.ReadAsStringAsync());
        Assert.Equal(entries, cache.Count);
    }

    [Fact]
    public async Task The_sizes_the_pages_use_are_served_and_equal_requests_share_one_entry()
    {
        var viewer = await app.ClientAsync(Who.Viewer);
        var plain = await viewer.GetAsync("/charts/ranking.png?period=2025-06&w=760&h=860&scale=2");
        var padded = await viewer.GetAsync("/charts/ranking.png?period=2025-06&w=0760&h=0860&scale=2.0");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Equal(HttpStatusCode.OK, padded.StatusCode);
        Assert.Equal(plain.Headers.ETag, padded.Headers.ETag);
    }
}

using System.Net;
using KpiDashboard.IntegrationTests.Web;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>The done criterion: the demo's ProvinceOfficer for Phú Thọ sees Phú Thọ and nothing else.</summary>
[Collection(SecurityCollection.Name)]
public sealed class PhuThoOfficerTests(SecurityFixture app)
{
    [Fact]
    public async Task The_overview_shows_Phu_Tho_only_and_its_figures_are_the_totals()
    {
        var officer = await app.ClientAsync(Who.Officer25);
        var html = await officer.GetStringAsync("/?period=2025-07");
        Assert.Equal(["25"], Html.RowKeys(html, "data-province"));
        // The demo's communes report too (the app started in Development imports the commune list): the seed article's 91
        // are the provincial agencies', and the officer's national total is Phú Thọ's total.
        Assert.Equal("91", Html.Cell(html, "data-level", "agencies", "received"));
        Assert.Equal(Html.Cell(html, "data-level", "total", "received"), Html.Tile(html, "received"));
        Assert.DoesNotContain("Hà Tĩnh", html);
        Assert.DoesNotContain("Hà Nội", html);

        var analyst = await app.ClientAsync(Who.Analyst);
        Assert.Equal(34, Html.RowKeys(await analyst.GetStringAsync("/?period=2025-07"), "data-province").Count);
    }

    [Fact]
    public async Task The_ranking_and_a_field_page_list_Phu_Tho_only()
    {
        var officer = await app.ClientAsync(Who.Officer25);
        Assert.Equal(["25"], Html.RowKeys(await officer.GetStringAsync("/fields/TSVTD?period=2025-07"), "data-province"));
        var ranking = await officer.GetStringAsync("/ranking?period=2025-07");
        Assert.Contains("Phú Thọ", ranking);
        Assert.DoesNotContain("Hà Tĩnh", ranking);
    }

    [Theory]
    [InlineData("/provinces/42")]
    [InlineData("/provinces/Hà%20Tĩnh")]
    [InlineData("/provinces/01?period=2025-07")]
    [InlineData("/charts/trend.png?province=42")]
    [InlineData("/charts/trend.svg?province=42")]
    [InlineData("/charts/fields.png?province=42&period=2025-07")]
    public async Task Another_province_by_any_address_is_403(string url)
    {
        var officer = await app.ClientAsync(Who.Officer25);
        var response = await officer.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("không được xem", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Their_own_province_and_charts_are_served()
    {
        var officer = await app.ClientAsync(Who.Officer25);
        var page = await officer.GetStringAsync("/provinces/25?period=2025-07");
        Assert.Equal("91", Html.Cell(page, "data-level", "agencies", "received"));
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/charts/trend.png?province=25")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/charts/ranking.png?period=2025-07")).StatusCode);
    }

    [Fact]
    public async Task The_national_ranking_chart_is_not_served_from_another_callers_cache()
    {
        var analyst = await app.ClientAsync(Who.Analyst);
        var officer = await app.ClientAsync(Who.Officer25);
        var all = await analyst.GetAsync("/charts/ranking.svg?period=2025-07");
        var mine = await officer.GetAsync("/charts/ranking.svg?period=2025-07");
        Assert.NotEqual(all.Headers.ETag, mine.Headers.ETag);
        Assert.Contains("Hà Tĩnh", await all.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Hà Tĩnh", await mine.Content.ReadAsStringAsync());
        Assert.Contains("private", all.Headers.CacheControl?.ToString());
    }
}

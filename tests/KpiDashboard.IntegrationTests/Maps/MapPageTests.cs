using System.Net;
using System.Text.RegularExpressions;

namespace KpiDashboard.IntegrationTests.Maps;

/// <summary>The map card inline on the pages (links that work without JavaScript), its data table, and the levels table.</summary>
[Collection(MapCollection.Name)]
public sealed class MapPageTests(MapFixture app)
{
    private async Task<string> Page(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static MapSvgDocument InlineMap(string html) =>
        new(Regex.Match(html, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\".*?</svg>", RegexOptions.Singleline).Value);

    [Theory]
    [InlineData("/?period=2025-07")]
    [InlineData("/ranking?period=2025-07&kpi=overdue")]
    public async Task The_overview_and_the_ranking_show_the_province_map_and_its_table(string url)
    {
        var html = await Page(url);
        Assert.Equal(34, InlineMap(html).Hrefs.Count());
        var table = Regex.Match(html, "<details class=\"map-data\">.*?</details>", RegexOptions.Singleline).Value;
        Assert.Equal(34, Regex.Matches(table, "<tr data-code=").Count);
        Assert.Contains("name=\"kpi\"", html);
    }

    [Fact]
    public async Task The_province_page_shows_its_communes_map_and_the_levels_apart_and_together()
    {
        var html = await Page("/provinces/25?period=2025-07&kpi=online");
        Assert.Equal(148, InlineMap(html).Hrefs.Count());
        Assert.Contains("<option value=\"online\" selected=\"selected\">", html);

        string Cell(string level, string kpi) => Regex.Match(html,
            $"<tr data-level=\"{level}\">.*?<td data-kpi=\"{kpi}\">(.*?)</td>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal("91", Cell("agencies", "received"));
        Assert.Equal("73", Cell("agencies", "resolved"));
        var communes = int.Parse(Cell("communes", "received").Replace(".", ""));
        Assert.True(communes > 0);
        Assert.Equal(91 + communes, int.Parse(Cell("total", "received").Replace(".", "")));
    }
}

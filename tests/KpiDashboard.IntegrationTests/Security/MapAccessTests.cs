using System.Net;
using KpiDashboard.IntegrationTests.Maps;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>The maps within the caller's provinces: another province's communes are a 403; the country map names, colours and links only theirs.</summary>
[Collection(SecurityCollection.Name)]
public sealed class MapAccessTests(SecurityFixture app)
{
    [Theory]
    [InlineData("/maps/communes.svg?province=42")]
    [InlineData("/maps/communes.png?province=42&period=2025-07")]
    [InlineData("/maps/communes.svg?province=Hà%20Tĩnh&kpi=overdue")]
    public async Task Another_provinces_commune_map_is_403(string url)
    {
        var officer = await app.ClientAsync(Who.Officer25);
        var response = await officer.GetAsync(url);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync("/maps/communes.svg?province=25")).StatusCode);
    }

    [Fact]
    public async Task The_country_map_of_an_officer_links_and_names_their_province_only_and_is_not_shared_with_others()
    {
        var officer = await app.ClientAsync(Who.Officer25);
        var mine = await officer.GetAsync("/maps/provinces.svg?period=2025-07");
        var svg = await mine.Content.ReadAsStringAsync();
        var map = new MapSvgDocument(svg);
        Assert.Equal(["/provinces/25?period=2025-07&kpi=index"], map.Hrefs);
        Assert.Equal(34, map.Root.Descendants().Count(e => e.Attribute("data-code") is not null));
        Assert.DoesNotContain("Hà Tĩnh", svg);
        Assert.Contains("ngoài phạm vi được xem", map.Legend);

        var analyst = await app.ClientAsync(Who.Analyst);
        var all = await analyst.GetAsync("/maps/provinces.svg?period=2025-07");
        Assert.NotEqual(all.Headers.ETag, mine.Headers.ETag);
        Assert.Equal(34, new MapSvgDocument(await all.Content.ReadAsStringAsync()).Hrefs.Count());
    }
}

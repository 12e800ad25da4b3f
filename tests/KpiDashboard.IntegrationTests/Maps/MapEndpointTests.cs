using System.Net;
using KpiDashboard.Reporting.Maps;

namespace KpiDashboard.IntegrationTests.Maps;

[Collection(MapCollection.Name)]
public sealed class MapEndpointTests(MapFixture app)
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private async Task<MapSvgDocument> Svg(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        return new MapSvgDocument(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_province_map_links_all_34_provinces_with_their_name_and_value()
    {
        var map = await Svg("/maps/provinces.svg?period=2025-07&kpi=index&lang=vi");
        var hrefs = map.Hrefs.ToList();
        Assert.Equal(34, hrefs.Count);
        Assert.Equal(34, hrefs.Select(h => h.Split('?')[0]).Distinct().Count());
        Assert.All(hrefs, h => Assert.StartsWith("/provinces/", h));
        // The province page opens on the same period and colours its communes by the same KPI.
        Assert.Contains("/provinces/25?period=2025-07&kpi=index", hrefs);
        Assert.StartsWith("Phú Thọ: ", map.Title("25"));
        Assert.EndsWith("%", map.Title("25"));
        Assert.Contains("không có số liệu", map.Legend);
    }

    [Fact]
    public async Task Both_archipelagos_are_drawn_in_their_boxes_as_part_of_da_nang_and_khanh_hoa()
    {
        var map = await Svg("/maps/provinces.svg?period=2025-07");
        var hoangSa = map.Archipelago("hoang-sa");
        var truongSa = map.Archipelago("truong-sa");
        Assert.Equal("48", (string)Assert.Single(hoangSa).Parent!.Attribute("data-code")!);
        Assert.Equal("56", (string)Assert.Single(truongSa).Parent!.Attribute("data-code")!);
        var boxes = map.Insets.ToDictionary(r => (string)r.Attribute("data-inset")!);
        // Dozens of islands each, none dropped by the simplification, every point inside its inset box.
        Assert.True(MapSvgDocument.Points(hoangSa[0]).Count() > 50);
        Assert.True(MapSvgDocument.Points(truongSa[0]).Count() > 100);
        Assert.All(MapSvgDocument.Points(hoangSa[0]), p => Assert.True(MapSvgDocument.Inside(p, boxes["hoang-sa"]), $"{p} outside Hoàng Sa's box"));
        Assert.All(MapSvgDocument.Points(truongSa[0]), p => Assert.True(MapSvgDocument.Inside(p, boxes["truong-sa"]), $"{p} outside Trường Sa's box"));
        Assert.Contains("Quần đảo Hoàng Sa", map.Root.Value);
        Assert.Contains("Quần đảo Trường Sa", map.Root.Value);
    }

    [Fact]
    public async Task No_data_is_hatched_not_a_low_colour_and_reporting_status_colours_every_reporting_province()
    {
        var empty = await Svg("/maps/provinces.svg?period=2019-01&kpi=ontime");
        Assert.All(empty.Links, a => Assert.Equal($"url(#{MapSvg.NoDataPattern})", (string)a.Elements().First(e => e.Name.LocalName == "path").Attribute("fill")!));
        Assert.EndsWith(": không có số liệu", empty.Title("25"));

        var status = await Svg("/maps/provinces.svg?period=2025-07&kpi=reporting&lang=en");
        Assert.All(status.Links, a => Assert.Equal(MapKpi.Reporting.Palette[1], (string)a.Elements().First(e => e.Name.LocalName == "path").Attribute("fill")!));
        Assert.Equal("Phú Thọ: reported", status.Title("25"));
    }

    [Fact]
    public async Task The_colour_follows_the_value_class_of_the_kpi()
    {
        var map = await Svg("/maps/provinces.svg?period=2025-07&kpi=online&lang=en");
        foreach (var a in map.Links)
        {
            var title = a.Elements().First(e => e.Name.LocalName == "title").Value;
            var percent = double.Parse(title[(title.LastIndexOf(' ') + 1)..].TrimEnd('%'), System.Globalization.CultureInfo.InvariantCulture) / 100;
            var fill = (string)a.Elements().First(e => e.Name.LocalName == "path").Attribute("fill")!;
            // The title shows one decimal: a value within a rounding of a break may sit in either class.
            var classes = new[] { percent - 0.0005, percent + 0.0005 }.Select(v => MapKpi.OnlineShare.Palette[MapKpi.OnlineShare.ClassOf(v)]);
            Assert.Contains(fill, classes);
        }
    }

    [Fact]
    public async Task A_province_map_of_communes_links_each_commune_and_puts_hoang_sa_in_an_inset()
    {
        var phuTho = await Svg("/maps/communes.svg?province=25&period=2025-07&kpi=reporting");
        Assert.Equal(148, phuTho.Hrefs.Count());
        Assert.All(phuTho.Hrefs, h => Assert.StartsWith("/communes/", h));
        // Some communes send nothing in the demo: both states are drawn.
        var fills = phuTho.Links.Select(a => (string)a.Elements().First(e => e.Name.LocalName == "path").Attribute("fill")!).ToHashSet();
        Assert.Equal(MapKpi.Reporting.Palette.ToHashSet(), fills);

        var daNang = await Svg("/maps/communes.svg?province=48&period=2025-07");
        var inset = Assert.Single(daNang.Insets);
        var hoangSa = Assert.Single(daNang.Root.Descendants(), e => (string?)e.Attribute("data-archipelago") == "offshore");
        Assert.All(MapSvgDocument.Points(hoangSa), p => Assert.True(MapSvgDocument.Inside(p, inset)));
    }

    [Theory]
    [InlineData("/maps/provinces.svg?period=2025-07")]
    [InlineData("/maps/provinces.png?period=2025-07&kpi=overdue")]
    [InlineData("/maps/communes.png?province=25&period=2025-07&scale=2")]
    [InlineData("/maps/communes.svg?province=56&period=2025-Q3&kpi=online&lang=en")]
    public async Task Maps_have_an_etag_and_revalidate_with_304(string url)
    {
        var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (url.Contains(".png")) Assert.Equal(PngSignature, bytes[..8]);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.Contains("no-cache", response.Headers.CacheControl?.ToString());

        var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        var other = await client.GetAsync(url.Replace("period=2025-", "period=2024-"));
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Theory]
    [InlineData("/maps/provinces.svg?kpi=colour")]
    [InlineData("/maps/provinces.svg?period=2025-13")]
    [InlineData("/maps/provinces.png?scale=3")]
    [InlineData("/maps/provinces.svg?scale=2")]
    [InlineData("/maps/communes.svg")]
    [InlineData("/maps/communes.svg?province=25&kpi=index&period=2025-07&field=" + "TSVTDTSVTDTSVTDTSVTDTSVTDTSVTDTSVTDTSVTDTSVTDTSVTDTSVTDTSVTDTSVTDTSVTD")]
    [InlineData("/?period=2025-07&kpi=colour")]
    public async Task Bad_parameters_are_a_400_with_a_message(string url)
    {
        var response = await app.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/maps/regions.svg")]
    [InlineData("/maps/provinces.gif")]
    [InlineData("/maps/communes.svg?province=99")]
    public async Task Unknown_maps_formats_and_provinces_are_a_404(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().GetAsync(url)).StatusCode);
}

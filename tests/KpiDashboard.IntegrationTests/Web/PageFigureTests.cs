using System.Globalization;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Web;

/// <summary>
/// Every page shows the figures of its scope: sums of the fact rows in plain SQL (<see cref="FactSql"/>) and figures
/// of the seed article, formatted vi-VN (1.234; 98,5%) or en-US here, not by the code under test.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PageFigureTests(WebFixture app)
{
    private const int July2025 = 202507;
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private Task<FactSql.Group> TotalAsync(int from, int to, string? province = null, string? field = null) =>
        FactSql.TotalAsync(app.Database, from, to, province, field: field);

    private static string Count(FactSql.Sum sum, CultureInfo? culture = null) => sum.Value is { } v ? v.ToString("N0", culture ?? Vi) : "—";

    private static double? Ratio(long? numerator, long? denominator) =>
        numerator is { } n && denominator is { } d && d != 0 ? (double)n / d : null;

    private static string Percent(double? ratio) => ratio is { } r ? (r * 100).ToString("0.0", Vi) + "%" : "—";

    private static long? Plus(params FactSql.Sum[] parts) => parts.All(p => p.Value is not null) ? parts.Sum(p => p.Value!.Value) : null;

    /// <summary>Decision 766's indicator 2.1: ((8) + (9) + (12)) / ((7) + (11)).</summary>
    private static double? OnTimeIndex(FactSql.Group g) =>
        Ratio(Plus(g["ResolvedEarly"], g["ResolvedOnTime"], g["PendingWithin"]), Plus(g["Resolved"], g["Pending"]));

    private static double? OnlineShare(FactSql.Group g) => Ratio(g["ReceivedOnline"].Value, Plus(g["ReceivedOnline"], g["ReceivedOffline"]));

    private Task<string> GetAsync(string url) => app.CreateClient().GetStringAsync(url);

    [Fact]
    public async Task Overview_tiles_are_the_national_totals()
    {
        var html = await GetAsync("/?period=2025-07");
        var total = await TotalAsync(July2025, July2025);
        Assert.Equal(Count(total["Received"]), Html.Tile(html, "received"));
        Assert.Equal(Count(total["Handled"]), Html.Tile(html, "handled"));
        Assert.Equal(Percent(OnTimeIndex(total)), Html.Tile(html, "index"));
        Assert.Equal(Percent(OnlineShare(total)), Html.Tile(html, "online"));
        Assert.Contains("Tháng 7/2025", html);
        Assert.Contains("minh họa", html);
        Assert.Contains("so với Tháng 6/2025", html);
        Assert.Equal(34, Html.RowKeys(html, "data-province").Count);
    }

    [Fact]
    public async Task Overview_with_a_quarter_and_a_field_sums_that_scope()
    {
        var html = await GetAsync("/?period=2025-Q2&field=SHTT");
        var total = await TotalAsync(202504, 202506, field: "SHTT");
        Assert.Equal(Count(total["Received"]), Html.Tile(html, "received"));
        Assert.Contains("Quý 2/2025", html);
    }

    [Fact]
    public async Task Province_page_shows_the_seed_article_figures_for_Phu_Tho_in_July_2025()
    {
        var html = await GetAsync("/provinces/25?period=2025-07");
        Assert.Equal("91", Html.Tile(html, "received"));
        Assert.Equal("73", Html.Tile(html, "resolved"));
        Assert.Contains("<b data-kpi=\"resolved_early\">55</b>", html);
        Assert.Equal("43", Html.Cell(html, "data-field", "TSVTD", "received"));
        Assert.Equal("34", Html.Cell(html, "data-field", "SHTT", "received"));
        var total = await TotalAsync(July2025, July2025, province: "25");
        Assert.Equal(Percent(Ratio(Plus(total["ResolvedEarly"], total["ResolvedOnTime"]), total["Resolved"].Value)), Html.Tile(html, "ontime"));
    }

    [Fact]
    public async Task Province_page_finds_a_province_by_name_too()
    {
        var html = await GetAsync("/provinces/Ph%C3%BA%20Th%E1%BB%8D?period=2025-07");
        Assert.Equal("91", Html.Tile(html, "received"));
    }

    [Fact]
    public async Task Field_page_rows_are_the_field_per_province()
    {
        var html = await GetAsync("/fields/TSVTD?period=2025-07");
        Assert.Equal("43", Html.Cell(html, "data-province", "25", "received"));
        var total = await TotalAsync(July2025, July2025, field: "TSVTD");
        Assert.Equal(Count(total["Received"]), Html.Tile(html, "received"));
        Assert.Contains("Tần số vô tuyến điện", html);
    }

    [Fact]
    public async Task Commune_page_shows_its_ingested_figures()
    {
        var html = await GetAsync($"/communes/{WebFixture.CommuneTanHoa}?period=2025-06");
        Assert.Equal("20", Html.Tile(html, "received"));
        Assert.Equal("15", Html.Tile(html, "resolved"));
        Assert.Equal("20", Html.Cell(html, "data-field", "TSVTD", "received"));
        Assert.Contains("Phường Tân Hòa", html);
        Assert.Contains("Phú Thọ", html);
    }

    [Fact]
    public async Task Unknown_parts_show_as_a_dash_and_an_incomplete_marker_never_as_zero()
    {
        var html = await GetAsync($"/communes/{WebFixture.CommuneHoaBinh}?period=2025-06");
        // Hòa Bình reported online 5 but no offline count: received is unknown, the online share too.
        Assert.Equal("—", Html.Tile(html, "received"));
        Assert.Equal("—", Html.Tile(html, "online"));
        Assert.Equal("4", Html.Tile(html, "resolved"));
        var province = await GetAsync("/provinces/25?period=2025-06");
        // The province's received total now sums a known and an unknown part: shown, but marked incomplete.
        Assert.Contains("chưa đủ", province);
    }

    [Fact]
    public async Task Province_page_lists_its_communes_and_which_have_not_reported()
    {
        var html = await GetAsync("/provinces/25?period=2025-06");
        Assert.Contains("<strong>2/3</strong>", html);
        Assert.Contains("Phường Thống Nhất", html[html.IndexOf("id=\"completeness\"", StringComparison.Ordinal)..]);
        Assert.Equal(3, Html.RowKeys(html, "data-commune").Count);
        Assert.Equal("20", Html.Cell(html, "data-commune", WebFixture.CommuneTanHoa, "received"));
    }

    [Theory]
    [InlineData("hoa binh")]          // no diacritics
    [InlineData("Phường Hoà Bình")]   // prefix and the old tone-mark placement
    [InlineData("04795")]             // code
    public async Task Commune_search_uses_the_name_matching_rules(string q)
    {
        var html = await GetAsync($"/provinces/25?period=2025-06&q={Uri.EscapeDataString(q)}");
        Assert.Equal([WebFixture.CommuneHoaBinh], Html.RowKeys(html, "data-commune"));
    }

    [Fact]
    public async Task Commune_search_finds_part_of_a_name()
    {
        var html = await GetAsync("/provinces/25?q=hoa");
        Assert.Equal([WebFixture.CommuneHoaBinh, WebFixture.CommuneTanHoa], Html.RowKeys(html, "data-commune"));
    }

    [Fact]
    public async Task Provinces_sort_by_a_column_from_the_query_string()
    {
        var html = await GetAsync("/?period=2025-07&sort=received&dir=desc");
        var first = Html.RowKeys(html, "data-province")[0];
        var mostReceived = (await Task.WhenAll(Html.RowKeys(html, "data-province").Select(p => TotalAsync(July2025, July2025, province: p))))
            .Max(g => g["Received"].Value);
        Assert.Equal(mostReceived, (await TotalAsync(July2025, July2025, province: first))["Received"].Value);

        var page = await GetAsync("/?period=2025-07&sort=name");
        var byName = Html.RowKeys(page, "data-province");
        Assert.Contains(">An Giang<", Html.Row(page, "data-province", byName[0]));
        // Vietnamese order: "Cần" after "Cao", every "Đ" after every "D" and before "G".
        var names = byName.Select(code => System.Text.RegularExpressions.Regex.Match(Html.Row(page, "data-province", code), "/provinces/\\d\\d[^\"]*\">([^<]+)<").Groups[1].Value).ToList();
        Assert.True(names.IndexOf("Cao Bằng") < names.IndexOf("Cần Thơ"));
        Assert.True(names.IndexOf("Cần Thơ") < names.IndexOf("Đà Nẵng"));
        Assert.True(names.IndexOf("Đồng Tháp") < names.IndexOf("Gia Lai"));
    }

    [Fact]
    public async Task Ranking_scores_follow_the_national_index_rule()
    {
        var html = await GetAsync("/ranking?period=2025-07");
        Assert.Equal(34, Html.RowKeys(html, "data-province").Count);
        var f = await TotalAsync(July2025, July2025, province: "25");
        // The national index rule with the default targets: all P points at or above the target T, else R × P / T.
        static double Points(double rate, double target, double points) => rate >= target ? points : rate * points / target;
        var points = Points(OnTimeIndex(f)!.Value, 0.95, 20) + Points(OnlineShare(f)!.Value, 0.5, 12);
        Assert.Contains($"<b>{points.ToString("0.00", Vi)}</b>", Html.Row(html, "data-province", "25"));
        Assert.Contains("Thay đổi hạng", html);
    }

    [Fact]
    public async Task English_is_chosen_with_lang_and_remembered_in_a_cookie()
    {
        var client = app.CreateClient();
        var en = await client.GetAsync("/?period=2025-07&lang=en");
        var html = await en.Content.ReadAsStringAsync();
        Assert.Contains("National overview", html);
        Assert.Contains("July 2025", html);
        var total = await TotalAsync(July2025, July2025);
        Assert.Equal(Count(total["Handled"], CultureInfo.GetCultureInfo("en-US")), Html.Tile(html, "handled"));
        var cookie = Assert.Single(en.Headers.GetValues("Set-Cookie"), c => c.StartsWith("kpi-lang=en", StringComparison.Ordinal));

        var request = new HttpRequestMessage(HttpMethod.Get, "/provinces/25?period=2025-07");
        request.Headers.Add("Cookie", cookie.Split(';')[0]);
        var remembered = await (await client.SendAsync(request)).Content.ReadAsStringAsync();
        Assert.Contains("of which early", remembered);

        // The test client keeps cookies like a browser; a new one has none and gets Vietnamese.
        Assert.Contains("Tổng quan toàn quốc", await app.CreateClient().GetStringAsync("/"));
    }
}

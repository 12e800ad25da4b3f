using System.Net;
using KpiDashboard.IntegrationTests.Security;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>
/// Every address that takes a period, a date or a number, given odd values (other digit systems, huge numbers, the ends of
/// the calendar, empty, overlong): a 4xx with a message or the page, never a 500; /api answers problem details.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class OddInputTests(SecurityFixture app)
{
    private static readonly string[] Values =
    [
        "２０２５-０７", "٢٠٢٥-٠٧", "२०२५-०७", "２０２５", "2025-Q３", "tháng ７/٢٠٢٥", "99999999999999999999", "-99999999999999999999",
        "0001-01", "9999-12", "0001-01-01", "9999-12-31", "0000-00-00", "", " ", new string('9', 4000), "1e308", "NaN", "%00", "2025-07%00",
    ];

    /// <summary>Addresses with "{0}" where the odd value goes, and who calls them.</summary>
    private static readonly (string Url, Who Who)[] Endpoints =
    [
        ("/?period={0}", Who.Admin),
        ("/?period=2025-06&sort=name&dir={0}", Who.Admin),
        ("/ranking?period={0}", Who.Admin),
        ("/provinces/25?period={0}", Who.Admin),
        ("/provinces/25?period=2025-06&page={0}", Who.Admin),
        ("/provinces/{0}", Who.Admin),
        ("/fields/TSVTD?period={0}", Who.Admin),
        ("/communes/04792?period={0}", Who.Admin),
        ("/communes/{0}", Who.Admin),
        ("/charts/trend.png?province=25&period={0}", Who.Admin),
        ("/charts/ranking.png?w={0}", Who.Admin),
        ("/charts/ranking.png?h={0}", Who.Admin),
        ("/charts/trend.png?scale={0}", Who.Admin),
        ("/charts/trend.png?months={0}", Who.Admin),
        ("/maps/provinces.svg?period={0}", Who.Admin),
        ("/maps/provinces.png?kpi={0}", Who.Admin),
        ("/maps/provinces.png?scale={0}", Who.Admin),
        ("/maps/communes.svg?province={0}", Who.Admin),
        ("/?period=2025-06&kpi={0}", Who.Admin),
        ("/reports?report=form06&province=25&period={0}", Who.Admin),
        ("/reports/download?report=form06&province=25&period={0}", Who.Admin),
        ("/reports/download?report=national&period={0}", Who.Admin),
        ("/reports/archive/{0}/none.xlsx", Who.Admin),
        ("/reported/reconcile?province=25&period={0}", Who.Admin),
        ("/reported/reconcile?province=25&period=2025-07&saved={0}", Who.Admin),
        ("/admin/audit?from={0}", Who.Admin),
        ("/admin/audit?to={0}", Who.Admin),
        ("/admin/audit?from={0}&to={0}", Who.Admin),
        ("/admin/outbox?period={0}", Who.Admin),
        ("/admin/outbox?status={0}", Who.Admin),
        ("/admin/subscriptions/1/preview?period={0}", Who.Admin),
        ("/admin/subscriptions/{0}/edit", Who.Admin),
        ("/unsubscribe/{0}", Who.Anonymous),
        ("/api/figures?period={0}", Who.TokenAnalyst),
        ("/api/figures?period=2025-06&province={0}", Who.TokenAnalyst),
        ("/api/figures?period=2025-06&commune={0}", Who.TokenAnalyst),
        ("/api/ingest?dry_run={0}", Who.TokenAnalyst),
    ];

    public static TheoryData<string> Urls() => [.. Endpoints.Select(e => e.Url)];

    [Theory]
    [MemberData(nameof(Urls))]
    public async Task Odd_values_are_never_a_server_error(string template)
    {
        var who = Endpoints.Single(e => e.Url == template).Who;
        var client = await app.ClientAsync(who);
        var wrong = new List<string>();
        foreach (var value in Values)
        {
            var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, template, Uri.EscapeDataString(value));
            using var request = new HttpRequestMessage(url.StartsWith("/api/ingest", StringComparison.Ordinal) ? HttpMethod.Post : HttpMethod.Get, url);
            if (request.Method == HttpMethod.Post) request.Content = new StringContent("period,province\n");
            using var response = await client.SendAsync(request);
            var status = (int)response.StatusCode;
            var type = response.Content.Headers.ContentType?.MediaType;
            if (status >= 500) wrong.Add($"{url}: {status}");
            else if (url.StartsWith("/api/", StringComparison.Ordinal) && status >= 400 && type != "application/problem+json" && type != "application/json")
                wrong.Add($"{url}: {status} as {type}");
            else if (!url.StartsWith("/api/", StringComparison.Ordinal) && status >= 400 && type != "text/html")
                wrong.Add($"{url}: {status} as {type}, not the problem page");
        }
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("/admin/audit?from=0001-01-01", "from")]
    [InlineData("/admin/audit?to=9999-12-31", "to")]
    [InlineData("/admin/audit?from=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95-01-01", "from")]
    public async Task A_date_filter_out_of_range_is_400_naming_the_field(string url, string field)
    {
        var client = await app.ClientAsync(Who.Admin);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains($"Ngày không hợp lệ ({field})", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/?period=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95-%EF%BC%90%EF%BC%97")]
    [InlineData("/?period=%D9%A2%D9%A0%D9%A2%D9%A5-%D9%A0%D9%A7")]
    [InlineData("/?period=%E0%A5%A8%E0%A5%A6%E0%A5%A8%E0%A5%AB-%E0%A5%A6%E0%A5%AD")]
    public async Task A_period_in_other_digits_is_400_invalid_period(string url)
    {
        var client = await app.ClientAsync(Who.Admin);
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kỳ báo cáo không hợp lệ", await response.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Net.Http.Headers;
using KpiDashboard.IntegrationTests.Security;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>An API token opens /api only: pages, charts, reports and forms refuse it with 401; a sign-in cookie opens no API call.</summary>
[Collection(SecurityCollection.Name)]
public sealed class TokenScopeTests(SecurityFixture app)
{
    [Theory]
    [InlineData("GET", "/?period=2025-06")]
    [InlineData("GET", "/ranking")]
    [InlineData("GET", "/provinces/25?period=2025-06")]
    [InlineData("GET", "/charts/trend.png?province=25")]
    [InlineData("GET", "/reports")]
    [InlineData("GET", "/reports/download?report=form06&province=25&period=2025-06")]
    [InlineData("GET", "/reported")]
    [InlineData("GET", "/admin/users")]
    [InlineData("POST", "/reports/archive")]
    [InlineData("POST", "/reported/save")]
    [InlineData("POST", "/account/sign-out")]
    [InlineData("POST", "/admin/tokens/create")]
    public async Task A_token_on_a_page_or_form_is_401(string method, string url)
    {
        foreach (var who in new[] { Who.TokenAnalyst, Who.TokenOfficer25, Who.TokenViewer })
        {
            var client = await app.ClientAsync(who);
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method == "POST") request.Content = new FormUrlEncodedContent([new("report", "national"), new("period", "2025-06")]);
            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("Khóa API chỉ dùng cho /api", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task A_token_beside_a_cookie_adds_nothing_to_a_page()
    {
        var client = await app.ClientAsync(Who.Officer42);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.TokenOf(Who.TokenAnalyst));
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/provinces/25?period=2025-06")).StatusCode);
    }

    [Theory]
    [InlineData(Who.Admin)]
    [InlineData(Who.Analyst)]
    public async Task A_sign_in_cookie_on_the_api_is_401(Who who)
    {
        var client = await app.ClientAsync(who);
        var response = await client.GetAsync("/api/figures?period=2025-06");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await ProblemJson.AssertAsync(response, 401);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/ingest?dry_run=true", new StringContent("period,province\n"))).StatusCode);
    }
}

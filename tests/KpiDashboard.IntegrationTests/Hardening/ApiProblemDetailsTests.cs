using System.Net;
using System.Net.Http.Headers;
using KpiDashboard.IntegrationTests.Security;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>/api never answers with the HTML error page: every refusal is RFC 9457 problem details, whatever the client accepts.</summary>
[Collection(SecurityCollection.Name)]
public sealed class ApiProblemDetailsTests(SecurityFixture app)
{
    public static TheoryData<string, string, Who, int> Refusals() => new()
    {
        { "GET", "/api/figures?period=2025-06", Who.Anonymous, 401 },
        { "GET", "/api/figures?period=2025-06", Who.Viewer, 401 },
        { "POST", "/api/ingest", Who.TokenViewer, 403 },
        { "GET", "/api/figures?period=2025-06&province=42", Who.TokenOfficer25, 403 },
        { "GET", "/api/figures?period=2025-13", Who.TokenAnalyst, 400 },
        { "GET", "/api/figures?period=%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%95-%EF%BC%90%EF%BC%97", Who.TokenAnalyst, 400 },
        { "GET", "/api/figures?province=99", Who.TokenAnalyst, 404 },
        { "GET", "/api/no-such-thing", Who.TokenAnalyst, 404 },
        { "DELETE", "/api/figures", Who.TokenAnalyst, 405 },
        { "POST", "/api/ingest", Who.TokenAnalyst, 400 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refusal_on_the_api_is_problem_details(string method, string url, Who who, int status)
    {
        var client = await app.ClientAsync(who);
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        if (method == "POST") request.Content = new ByteArrayContent([]);
        using var response = await client.SendAsync(request);
        Assert.Equal(status, (int)response.StatusCode);
        await ProblemJson.AssertAsync(response, status);
    }

    [Fact]
    public async Task Too_large_an_upload_on_the_api_is_413_problem_details()
    {
        var client = await app.ClientAsync(Who.TokenAnalyst);
        var response = await client.PostAsync("/api/ingest", new ByteArrayContent(new byte[SecurityFixture.UploadMegabytes * 1024 * 1024 + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        await ProblemJson.AssertAsync(response, 413);
    }
}

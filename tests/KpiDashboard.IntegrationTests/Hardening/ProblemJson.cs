using System.Text.Json;

namespace KpiDashboard.IntegrationTests.Hardening;

internal static class ProblemJson
{
    /// <summary>RFC 9457 problem details with the status and a title.</summary>
    public static async Task AssertAsync(HttpResponseMessage response, int status)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(status, json.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(json.GetProperty("title").GetString()));
    }
}

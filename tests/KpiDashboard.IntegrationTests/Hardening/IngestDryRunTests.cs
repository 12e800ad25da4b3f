using System.Net;
using System.Text;
using System.Text.Json;
using KpiDashboard.IntegrationTests.Security;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>
/// dry_run on /api/ingest is true, false, 1 or 0 in any case; any other value is the API's 400 problem details naming the
/// parameter in Vietnamese and English, as every other refusal of the API is (before, ASP.NET's own validation problem).
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class IngestDryRunTests(SecurityFixture app)
{
    private const string Header = "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n";

    // Each case its own month, so that a real ingest of one is never the unchanged re-ingest of another.
    private async Task<HttpResponseMessage> PostAsync(string dryRun, string month = "2019-05") =>
        await (await app.ClientAsync(Who.TokenAnalyst)).PostAsync($"/api/ingest?name=dry.csv&dry_run={Uri.EscapeDataString(dryRun)}",
            new ByteArrayContent(Encoding.UTF8.GetBytes(Header + month + ",25,,SHTT,1,2,0,1,1,0,1,0\n")));

    [Theory]
    [InlineData("maybe")]
    [InlineData("yes")]
    [InlineData("2")]
    [InlineData("true ")]
    [InlineData("truefalse")]
    public async Task Another_value_is_400_problem_details_naming_dry_run(string value)
    {
        using var response = await PostAsync(value);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await ProblemJson.AssertAsync(response, 400);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("Tham số dry_run không hợp lệ", json.GetProperty("detail").GetString());
        Assert.StartsWith("Invalid dry_run", json.GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_long_value_is_echoed_cut_short()
    {
        using var response = await PostAsync(new string('x', 4000));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadAsStringAsync()).Length < 1000);
    }

    [Theory]
    [InlineData("true", true, "2019-05")]
    [InlineData("TRUE", true, "2019-05")]
    [InlineData("1", true, "2019-05")]
    [InlineData("False", false, "2019-06")]
    [InlineData("0", false, "2019-07")]
    [InlineData("", false, "2019-08")]
    public async Task True_false_1_and_0_are_read_in_any_case(string value, bool dryRun, string month)
    {
        using var response = await PostAsync(value, month);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var json = JsonDocument.Parse(body).RootElement;
        Assert.Equal(dryRun, json.GetProperty("dry_run").GetBoolean());
        Assert.Equal(dryRun, json.GetProperty("batch_id").ValueKind == JsonValueKind.Null);
    }
}

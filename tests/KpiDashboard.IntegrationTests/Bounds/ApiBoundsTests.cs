using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using KpiDashboard.Ingestion;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.IntegrationTests.Web;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiDashboard.IntegrationTests.Bounds;

/// <summary>
/// /api/ingest answers a file of bad rows, a header of 200,000 columns or a 10 MB cell with a 400 of bounded size: the first
/// errors, their count, values cut short. /reported refuses a text longer than Narrative:MaxChars with a 413.
/// The app runs over real HTTP on the test database, with a 24 MB upload limit.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ApiBoundsTests(SecurityFixture app)
{
    private WebApplicationFactory<Program> Larger(int narrativeChars = 200_000) => app.WithWebHostBuilder(b =>
    {
        b.UseSetting("Security:MaxUploadMegabytes", "24");
        b.UseSetting("Narrative:MaxChars", narrativeChars.ToString(System.Globalization.CultureInfo.InvariantCulture));
    });

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(byte[] file)
    {
        using var factory = Larger();
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", app.TokenOf(Who.TokenAnalyst));
        var response = await client.PostAsync("/api/ingest?dry_run=true&name=hostile.csv", new ByteArrayContent(file));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Two_megabytes_of_bad_rows_give_the_first_errors_and_a_count_of_the_rest()
    {
        var (status, body) = await PostAsync(HostileInputs.BadRows());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.Length < HostileInputs.MaxAnswerBytes, $"{body.Length:N0} characters");
        using var json = JsonDocument.Parse(body);
        Assert.Equal(IngestErrors.Limit, json.RootElement.GetProperty("errors").GetArrayLength());
        Assert.True(json.RootElement.GetProperty("errors_not_listed").GetInt32() > 0);
        Assert.True(json.RootElement.GetProperty("errors_total").GetInt32() > IngestErrors.Limit);
    }

    [Fact]
    public async Task A_csv_in_the_windows_code_page_is_one_error_naming_its_line()
    {
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var file = System.Text.Encoding.GetEncoding(1258).GetBytes("period,province,field,received_online\n2025-07,Thanh Hoá,SHTT,5\n");
        var (status, body) = await PostAsync(file);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var json = JsonDocument.Parse(body);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(("not_utf8", 2), (error.GetProperty("code").GetString(), error.GetProperty("row").GetInt32()));
    }

    [Fact]
    public async Task A_header_of_200000_columns_is_one_error()
    {
        var (status, body) = await PostAsync(HostileInputs.WideHeader());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        using var json = JsonDocument.Parse(body);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("outside_limits", error.GetProperty("code").GetString());
        Assert.Equal(1, error.GetProperty("row").GetInt32());
    }

    [Fact]
    public async Task A_ten_megabyte_cell_is_one_short_error_naming_row_and_column()
    {
        var (status, body) = await PostAsync(HostileInputs.HugeCell());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.Length < 4 * 1024, $"{body.Length:N0} characters");
        using var json = JsonDocument.Parse(body);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(2, error.GetProperty("row").GetInt32());
        Assert.Equal("5", error.GetProperty("column").GetString());
    }

    [Fact]
    public async Task A_text_longer_than_the_narrative_limit_is_413_on_reported()
    {
        using var factory = Larger(narrativeChars: 50_000);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var (email, password) = SecurityFixture.Credentials(Who.Analyst);
        await SecurityFixture.SignInAsync(client, email, password);
        var response = await ReportedPage.ReadAsync(client, string.Concat(Enumerable.Repeat("1 ", 30_000)));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("50000", await response.Content.ReadAsStringAsync());
        var fits = await ReportedPage.ReadAsync(client, ReportedPage.SeedParagraph);
        Assert.Equal(HttpStatusCode.OK, fits.StatusCode);
    }
}

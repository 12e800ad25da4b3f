using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Hardening;

/// <summary>A multipart body cut before its closing boundary, or with a broken one, on every upload endpoint: 400, nothing written.</summary>
[Collection(SecurityCollection.Name)]
public sealed class TruncatedUploadTests(SecurityFixture app)
{
    private const string Boundary = "kpi-boundary-7";

    public static TheoryData<string> Bodies() =>
    [
        // Cut in the middle of the file, no closing boundary.
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"f.csv\"\r\nContent-Type: text/csv\r\n\r\nperiod,province\r\n2025-07,Ph",
        // Cut inside the part's headers.
        $"--{Boundary}\r\nContent-Disposition: form-data; name=\"fi",
        // Only the opening boundary.
        $"--{Boundary}\r\n",
    ];

    private static readonly (string Page, string Url, Who Who)[] Endpoints =
    [
        ("", "/api/ingest", Who.TokenAnalyst),
        ("", "/api/ingest?dry_run=true", Who.TokenAnalyst),
        ("/reported", "/reported", Who.Admin),
        ("/reported", "/reported/save", Who.Admin),
        ("/admin/subscriptions/import", "/admin/subscriptions/import", Who.Admin),
        ("/admin/users", "/admin/users/add", Who.Admin),
        ("/admin/tokens", "/admin/tokens/create", Who.Admin),
        ("/admin/subscriptions/new", "/admin/subscriptions/new", Who.Admin),
        ("/reports", "/reports/archive", Who.Admin),
        ("/account/sign-in", "/account/sign-in", Who.Anonymous),
    ];

    [Theory]
    [MemberData(nameof(Bodies))]
    public async Task A_truncated_multipart_body_is_400_on_every_upload_endpoint(string body)
    {
        var wrong = new List<string>();
        int batchesBefore;
        await using (var scope = app.Services.CreateAsyncScope())
            batchesBefore = await scope.ServiceProvider.GetRequiredService<KpiDbContext>().Batches.CountAsync();
        foreach (var (page, url, who) in Endpoints)
        {
            var client = await app.ClientAsync(who);
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse($"multipart/form-data; boundary={Boundary}");
            // The antiforgery token in its header, so that the form itself is what is read.
            if (page != "") request.Headers.Add("RequestVerificationToken", Security.Forms.TokenIn(await client.GetStringAsync(page)));
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.BadRequest) wrong.Add($"{url}: {(int)response.StatusCode}");
            else if (url.StartsWith("/api/", StringComparison.Ordinal)) await ProblemJson.AssertAsync(response, 400);
        }
        Assert.Empty(wrong);
        await using var check = app.Services.CreateAsyncScope();
        Assert.Equal(batchesBefore, await check.ServiceProvider.GetRequiredService<KpiDbContext>().Batches.CountAsync());
    }
}

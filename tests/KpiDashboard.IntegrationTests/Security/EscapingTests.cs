using System.Text;
using KpiDashboard.Ingestion.Units;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>Names from files and forms are text, never markup, wherever a page shows them.</summary>
[Collection(SecurityCollection.Name)]
public sealed class EscapingTests(SecurityFixture app)
{
    private const string Script = "<script>alert(1)</script>";

    // A "/" would make the rest a folder name, which the upload drops: this one reaches the page whole.
    private const string FileName = "<img src=x onerror=alert(2)>.csv";

    [Fact]
    public async Task A_commune_and_a_file_name_with_a_script_are_escaped_in_pages()
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var units = await scope.ServiceProvider.GetRequiredService<UnitImport>()
                .ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes($"code,name,province_code\n04799,\"Xã {Script}\",25\n")));
            Assert.Empty(units.Errors);
        }
        var token = await app.ClientAsync(Who.TokenAnalyst);
        var csv = "period,province,commune,field,received_online,received_offline\n2025-05,25,04799,SHTT,1,1\n";
        var ingest = await token.PostAsync($"/api/ingest?name={Uri.EscapeDataString(FileName)}", new ByteArrayContent(Encoding.UTF8.GetBytes(csv)));
        Assert.True(ingest.IsSuccessStatusCode, await ingest.Content.ReadAsStringAsync());

        var admin = await app.ClientAsync(Who.Admin);
        foreach (var url in new[] { "/communes/04799?period=2025-05", "/provinces/25?period=2025-05&q=script" })
        {
            var html = await admin.GetStringAsync(url);
            Assert.DoesNotContain(Script, html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        }
        var audit = await admin.GetStringAsync("/admin/audit?action=ingest");
        Assert.DoesNotContain("<img", audit);
        Assert.Contains("&lt;img src", audit);
        var svg = await admin.GetStringAsync("/charts/trend.svg?commune=04799");
        Assert.DoesNotContain("<script>", svg);
    }

    [Fact]
    public async Task Pages_carry_the_security_headers_and_no_inline_script_or_style()
    {
        var officer = await app.ClientAsync(Who.Officer25);
        foreach (var url in new[] { "/", "/ranking", "/provinces/25", "/fields/SHTT", "/communes/04792", "/account/sign-in" })
        {
            var response = await officer.GetAsync(url);
            var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("script-src 'self'", csp);
            Assert.Contains("frame-ancestors 'none'", csp);
            Assert.DoesNotContain("unsafe-inline", csp);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
            Assert.DoesNotContain(" style=\"", html);
            Assert.DoesNotContain("<style", html);
            Assert.DoesNotMatch("\\son[a-z]+=\"", html);
        }
    }
}

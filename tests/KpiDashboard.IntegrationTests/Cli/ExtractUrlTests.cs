using KpiDashboard.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Cli;

/// <summary>
/// kpi extract --save takes only the source addresses /reported takes, an http(s) URL of up to 2,000 characters: any text was
/// stored, and on PostgreSQL a longer one failed the whole save with exit 1.
/// </summary>
public sealed class ExtractUrlTests : DatabaseTest
{
    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("bao-cao")]
    [InlineData("https://example.org/")]
    public async Task An_address_that_is_not_an_http_url_of_the_columns_size_is_exit_2_and_nothing_is_saved(string url)
    {
        var file = Path.Combine(Database.Folder, "bao.txt");
        await File.WriteAllTextAsync(file, "Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 91 hồ sơ.");
        var address = url.EndsWith('/') ? url + new string('a', 2_000) : url;

        var run = await KpiProcess.RunAsync(Database, "extract", file, "--save", "--url", address);

        Assert.True(run.ExitCode == 2, $"exit {run.ExitCode}: {run.Error}");
        Assert.Contains("--url", run.Error);
        await using var db = Database.Open();
        Assert.Equal(0, await db.ReportedSources.CountAsync());

        var ok = await KpiProcess.RunAsync(Database, "extract", file, "--save", "--url", "https://example.org/bai-viet");
        Assert.True(ok.ExitCode == 0, ok.Error);
    }
}

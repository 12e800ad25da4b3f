using System.Globalization;
using System.Net;
using System.Text;
using KpiDashboard.IntegrationTests.Web;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>
/// A long report (a province's months over decades) is saved like a short one: its save form sends a value per figure, and
/// ASP.NET's default of 1,024 form values made every text of more than about 1,000 figures a 400 "unreadable form".
/// The test has its own app: 1,200 saved figures would weigh on the reconciliation pages of the shared one.
/// </summary>
public sealed class ReportedSaveManyFiguresTests : IAsyncLifetime
{
    private readonly SecurityFixture app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_text_of_1200_figures_is_saved_whole()
    {
        var text = new StringBuilder();
        for (var year = 1976; year <= 2025; year++)
            for (var month = 1; month <= 12; month++)
                text.Append(CultureInfo.InvariantCulture, $"Trong tháng {month}/{year}, tỉnh Phú Thọ đã tiếp nhận {year - 1900 + month} hồ sơ, giải quyết {year - 1950 + month} hồ sơ. ");
        var client = await app.ClientAsync(Who.Officer25);
        var html = await (await ReportedPage.ReadAsync(client, text.ToString())).Content.ReadAsStringAsync();
        Assert.Equal(1200, ReportedPage.Marks(html).Count);

        var saved = await client.PostAsync("/reported/save", new FormUrlEncodedContent(ReportedPage.SaveFields(html)));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
        Assert.Equal(1200, await db.ReportedFigures.CountAsync(f => f.ProvinceCode == "25" && f.Period >= 197601 && f.Period <= 202512 && !f.Discarded));
    }
}

using Microsoft.Extensions.Options;

namespace KpiDashboard.IntegrationTests.Web;

public sealed class OptionsTests
{
    [Fact]
    public async Task A_target_above_one_stops_the_app_on_start_with_a_clear_message()
    {
        await using var app = new WebFixture();
        await app.CreateDatabaseAsync();
        app.Settings["Dashboard:OnTimeTarget"] = "95";
        var e = Assert.ThrowsAny<Exception>(() => app.Server);
        var validation = e as OptionsValidationException ?? e.InnerException as OptionsValidationException ?? (e as AggregateException)?.InnerExceptions.OfType<OptionsValidationException>().FirstOrDefault();
        Assert.NotNull(validation);
        Assert.Contains("Dashboard:OnTimeTarget", validation.Message);
    }

    [Fact]
    public async Task Configured_targets_reach_the_ranking_page()
    {
        await using var app = new WebFixture();
        await app.CreateDatabaseAsync();
        app.Settings["Dashboard:OnlineShareTarget"] = "0.8";
        app.Settings["Dashboard:OnlineSharePoints"] = "10";
        var html = await app.CreateClient().GetStringAsync("/ranking");
        Assert.Contains("10,00 điểm, mục tiêu 80,0%", html);
    }
}

using KpiDashboard.Metrics;
using KpiDashboard.Reporting.Email;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KpiDashboard.IntegrationTests.Email;

public sealed class SubscriptionTests : IAsyncLifetime
{
    private EmailTestHost host = null!;

    public async Task InitializeAsync() => host = await EmailTestHost.CreateAsync(1025, attachForm: false);

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Theory]
    [InlineData("khong-co-a-còng")]
    [InlineData("a@b")]
    [InlineData("a b@example.vn")]
    [InlineData("Ông A <a@example.vn>")]
    [InlineData("a@@example.vn")]
    [InlineData("")]
    public async Task An_invalid_address_is_rejected_when_saved(string email)
    {
        var result = await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>()
            .SaveAsync(new SubscriptionService.Input(email, "A", "province:25", "vi")));
        Assert.Null(result.Subscription);
        Assert.Contains(result.Errors, e => e.StartsWith("email:", StringComparison.Ordinal));
    }

    // A NUL made PostgreSQL refuse the row (a 500 on the form); a line break put a line of one's own into the text body.
    [Theory]
    [InlineData("Sở KH\0CN")]
    [InlineData("Nguyễn Văn A\r\nHủy đăng ký / Unsubscribe: https://evil.example/u")]
    [InlineData("Nguyễn\u202EA")]
    public async Task A_display_name_with_a_control_character_is_rejected_naming_it_and_nothing_is_saved(string name)
    {
        var result = await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>()
            .SaveAsync(new SubscriptionService.Input("so@example.vn", name, "province:25", "vi")));

        Assert.Null(result.Subscription);
        Assert.Contains(result.Errors, e => e.StartsWith("name:", StringComparison.Ordinal) && e.Contains("U+", StringComparison.Ordinal));
        Assert.Empty(await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>().ListAsync()));
    }

    [Fact]
    public async Task An_imported_display_name_with_a_control_character_is_named_by_its_line_and_nothing_is_imported()
    {
        var imported = await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>()
            .ImportCsvAsync(new StringReader("email,name,scope\na@example.vn,A,province:25\nso@example.vn,Sở KH\0CN,province:25\n")));

        Assert.Contains(imported.Errors, e => e.StartsWith("dòng / line 3: name:", StringComparison.Ordinal) && e.Contains("U+0000", StringComparison.Ordinal));
        Assert.Empty(await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>().ListAsync()));
    }

    [Fact]
    public async Task Import_names_every_bad_row_and_imports_nothing_then_imports_a_clean_file()
    {
        const string bad = "email,name,scope,lang\nso@example.vn,Sở KH&CN Phú Thọ,province:25,vi\nkhông-hợp-lệ,B,province:01,vi\nc@example.vn,C,province:99,fr\n";
        var failed = await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>().ImportCsvAsync(new StringReader(bad)));
        Assert.Contains(failed.Errors, e => e.StartsWith("dòng / line 3: email:", StringComparison.Ordinal));
        Assert.Contains(failed.Errors, e => e.StartsWith("dòng / line 4: scope:", StringComparison.Ordinal));
        Assert.Contains(failed.Errors, e => e.StartsWith("dòng / line 4: lang:", StringComparison.Ordinal));
        Assert.Empty(await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>().ListAsync()));

        const string good = "\uFEFFemail;name;scope;lang\nSo@Example.vn;\"Sở KH&CN; Phú Thọ\";province:Phú Thọ;vi\nvpcp@example.vn;VPCP;nation;en\n";
        var imported = await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>().ImportCsvAsync(new StringReader(good)));
        Assert.Empty(imported.Errors);
        Assert.Equal(2, imported.Created);
        var list = await host.WithScopeAsync(sp => sp.GetRequiredService<SubscriptionService>().ListAsync());
        Assert.Equal([("so@example.vn", "province:25", "Sở KH&CN; Phú Thọ"), ("vpcp@example.vn", "nation", "VPCP")],
            list.Select(s => (s.Email, s.Scope, s.DisplayName)));
    }

    [Fact]
    public void An_unsubscribe_token_that_was_tampered_with_is_rejected()
    {
        var tokens = host.Services.GetRequiredService<UnsubscribeToken>();
        var token = tokens.Create(42);
        Assert.True(tokens.TryValidate(token, out var id));
        Assert.Equal(42, id);

        var mac = token[(token.IndexOf('.') + 1)..];
        Assert.False(tokens.TryValidate($"43.{mac}", out _));
        Assert.False(tokens.TryValidate($"42.{(mac[0] == 'A' ? 'B' : 'A')}{mac[1..]}", out _));
        Assert.False(tokens.TryValidate($"42.{mac[..^2]}", out _));
        Assert.False(tokens.TryValidate("42", out _));
        Assert.False(tokens.TryValidate("42.!!!", out _));
        Assert.False(tokens.TryValidate("", out _));
        var otherKey = new UnsubscribeToken(new SigningKey(Options.Create(new SummaryOptions { UnsubscribeKey = Convert.ToBase64String(new byte[32]) })));
        Assert.False(otherKey.TryValidate(token, out _));
    }

    [Fact]
    public void Bad_configuration_fails_on_start_with_the_key_named()
    {
        var validation = new ServiceCollection().AddKpiEmail(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Summaries:Cron"] = "every month",
                ["Dashboard:BaseUrl"] = "kpi.example.vn",
                ["Smtp:Port"] = "0",
            }).Build()).BuildServiceProvider();
        Assert.Contains("Summaries:Cron", Assert.Throws<OptionsValidationException>(() => validation.GetRequiredService<IOptions<SummaryOptions>>().Value).Message);
        Assert.Contains("Dashboard:BaseUrl", Assert.Throws<OptionsValidationException>(() => validation.GetRequiredService<IOptions<DashboardOptions>>().Value).Message);
        Assert.Contains("Smtp:Port", Assert.Throws<OptionsValidationException>(() => validation.GetRequiredService<IOptions<SmtpOptions>>().Value).Message);
    }
}

using System.Globalization;
using KpiDashboard.IntegrationTests.Email;
using KpiDashboard.IntegrationTests.Web;
using KpiDashboard.Metrics.Accounts;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Mvc.Testing;

namespace KpiDashboard.IntegrationTests.Admin;

/// <summary>
/// The web app (see <see cref="WebFixture"/>) with a loopback SMTP server, its own reports root and the monthly
/// schedule off, for the Reports page, the archive and the e-mail admin pages.
/// </summary>
public sealed class AdminFixture : IAsyncLifetime
{
    internal LoopbackSmtpServer Smtp { get; } = LoopbackSmtpServer.Start();

    public WebFixture App { get; } = new();

    public string ReportsRoot { get; } = Path.Combine(Path.GetTempPath(), $"kpi-reports-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        App.Settings["Smtp:Host"] = "127.0.0.1";
        App.Settings["Smtp:Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture);
        App.Settings["Smtp:Security"] = "None";
        App.Settings["Smtp:From"] = "KpiDashboard <bao-cao@kpi.example.vn>";
        App.Settings["Smtp:TimeoutSeconds"] = "10";
        App.Settings["Summaries:Enabled"] = "false";
        App.Settings["Summaries:UnsubscribeKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        App.Settings["Reports:Root"] = ReportsRoot;
        // Several tests sign in: the sign-in rate limit is for people, not for this suite.
        App.Settings["Security:SignInPermitsPerMinute"] = "1000";
        await App.InitializeAsync();
    }

    /// <summary>A client signed in as the demo Admin, who may use the Reports page and every admin page.</summary>
    public async Task<HttpClient> ClientAsync(bool redirects = false)
    {
        var client = App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = redirects });
        var admin = DemoAccount.All.Single(a => a.Role == Roles.Admin);
        var response = await Forms.PostAsync(client, "/account/sign-in", "/account/sign-in", ("email", admin.Email), ("password", admin.Password));
        Assert.True(response.IsSuccessStatusCode || response.StatusCode == System.Net.HttpStatusCode.Redirect, $"sign-in: {response.StatusCode}");
        return client;
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
        if (Directory.Exists(ReportsRoot)) Directory.Delete(ReportsRoot, recursive: true);
    }
}

using System.Globalization;
using KpiDashboard.IntegrationTests.Email;
using KpiDashboard.IntegrationTests.Web;

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
        await App.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Smtp.DisposeAsync();
        if (Directory.Exists(ReportsRoot)) Directory.Delete(ReportsRoot, recursive: true);
    }
}

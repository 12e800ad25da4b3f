using System.Globalization;
using System.Text.Json;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.IntegrationTests.Email;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.IntegrationTests.Cli;

/// <summary>`kpi summaries send` and `kpi summaries status` as separate processes, over a loopback SMTP server.</summary>
public sealed class SummariesCommandTests : DatabaseTest
{
    private static readonly string[] Recipients = ["a@example.vn", "b@example.vn", "c@example.vn"];

    private readonly LoopbackSmtpServer smtp = LoopbackSmtpServer.Start();

    protected override async Task SeedAsync()
    {
        await Service<DemoDataLoader>().LoadAsync();
        foreach (var (email, province) in Recipients.Zip(["25", "01", "79"]))
            Db.Subscriptions.Add(new Subscription { Email = email, DisplayName = email, Scope = $"province:{province}", Language = "vi" });
        await Db.SaveChangesAsync();
    }

    public override async Task DisposeAsync()
    {
        await smtp.DisposeAsync();
        await base.DisposeAsync();
    }

    private Task<KpiProcess.Run> Kpi(params string[] args) => KpiProcess.RunAsync(Database, new Dictionary<string, string>
    {
        ["Smtp__Host"] = "127.0.0.1",
        ["Smtp__Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Smtp__Security"] = "None",
        ["Summaries__UnsubscribeKey"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)(i * 5 + 3)).ToArray()),
    }, args);

    [Fact]
    public async Task A_rerun_before_the_backoff_says_what_is_waiting_and_when_and_status_lists_it()
    {
        smtp.DataReply = () => "451 4.3.0 mailbox busy, try later";
        var first = await Kpi("summaries", "send", "--period", "2025-07");
        Assert.Equal(1, first.ExitCode);
        Assert.Contains("to retry 3", first.Out);

        var rerun = await Kpi("summaries", "send", "--period", "2025-07");
        Assert.Equal(0, rerun.ExitCode);
        Assert.Matches(@"chờ gửi 3 thư, lần tới lúc \d{2}/\d{2}/\d{4} \d{2}:\d{2} \(giờ Việt Nam\)", rerun.Out);
        Assert.Matches(@"waiting: 3, next due at \d{2}/\d{2}/\d{4} \d{2}:\d{2} \(giờ Việt Nam\)", rerun.Out);
        Assert.Empty(smtp.Messages);

        var status = await Kpi("summaries", "status", "--period", "2025-07", "--json");
        Assert.Equal(0, status.ExitCode);
        using (var json = JsonDocument.Parse(status.Out))
        {
            var root = json.RootElement;
            Assert.Equal("2025-07", root.GetProperty("period").GetString());
            var counts = root.GetProperty("counts");
            Assert.Equal((3, 0, 0, 0), (counts.GetProperty("queued").GetInt32(), counts.GetProperty("sending").GetInt32(),
                counts.GetProperty("sent").GetInt32(), counts.GetProperty("uncertain").GetInt32()));
            var due = root.GetProperty("next_due_utc").GetDateTimeOffset();
            Assert.True(due > DateTimeOffset.UtcNow - TimeSpan.FromMinutes(5));
            var waiting = root.GetProperty("waiting").EnumerateArray().ToList();
            Assert.Equal(Recipients, waiting.Select(w => w.GetProperty("email").GetString()).Order());
            Assert.All(waiting, w =>
            {
                Assert.Equal("queued", w.GetProperty("status").GetString());
                Assert.Equal(1, w.GetProperty("attempts").GetInt32());
                Assert.True(w.GetProperty("next_attempt_utc").GetDateTimeOffset() >= due);
                Assert.Contains("451", w.GetProperty("last_error").GetString());
            });
        }

        var text = await Kpi("summaries", "status", "--period", "2025-07");
        Assert.Equal(0, text.ExitCode);
        Assert.All(Recipients, r => Assert.Contains(r, text.Out));
        Assert.Contains("waiting: 3", text.Out);

        var bad = await Kpi("summaries", "status", "--period", "2025-13");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--period", bad.Error);
    }
}

using System.Globalization;
using KpiDashboard.IntegrationTests.Email;
using KpiDashboard.IntegrationTests.Pulls;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Reporting.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.Scale;

/// <summary>
/// Two complete app instances (the real web app with its hosted services) on one database, each on its own clock, with
/// a loopback SMTP server and a loopback HTTP source: the monthly summaries and the scheduled pulls of one run happen
/// once, whether both instances fire at the same moment or one fires after the other has finished.
/// </summary>
public sealed class TwoInstancesTests
{
    // 06:59 on 5 August 2025 in Hà Nội, a minute before the monthly summaries (07:00 on the 5th) and the daily pulls (07:00).
    private static readonly DateTimeOffset Start = new(2025, 8, 4, 23, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Run = new(2025, 8, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly (string Name, string Path, string Format)[] Sources = [("phu-tho", "/figures.csv", "csv"), ("tsvtd", "/figures.json", "json")];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Each_summary_is_sent_once_and_each_source_pulled_once_per_run(bool secondFiresAfterFirstIsDone)
    {
        await using var db = await TestDatabase.CreateAsync();
        await using var smtp = LoopbackSmtpServer.Start();
        await using var source = await LoopbackServer.StartAsync();
        var settings = Settings(smtp.Port, source);
        var clocks = new[] { new ScheduleClock(Start), new ScheduleClock(Start) };
        var apps = clocks.Select(clock => new LoopbackApp(db, settings, clock)).ToArray();
        try
        {
            // Both start together on the empty database, as two deployments restarted at once would.
            await Task.WhenAll(apps.Select(app => Task.Run(app.Start)));
            var recipients = await SubscribeAsync(apps[0]);
            // Each instance waits for 07:00 for each source.
            foreach (var clock in clocks) await clock.WhenTimersAsync(Run, Sources.Length);

            if (secondFiresAfterFirstIsDone)
            {
                clocks[0].SetUtcNow(Run);
                await RunDoneAsync(db, apps[0], clocks[0], recipients.Count);
                clocks[1].SetUtcNow(Run);
                await RunDoneAsync(db, apps[1], clocks[1], recipients.Count);
            }
            else
            {
                foreach (var clock in clocks) clock.SetUtcNow(Run);
                await Task.WhenAll(apps.Zip(clocks).Select(p => RunDoneAsync(db, p.First, p.Second, recipients.Count)));
            }
            // Stopping waits for the hosted services, so nothing is still sending when the messages are counted.
            foreach (var app in apps) await app.DisposeAsync();

            Assert.Equal(recipients.Order(), smtp.Messages.SelectMany(m => m.Recipients).Order());
            await using var context = db.Open();
            Assert.All(await context.OutboxMessages.ToListAsync(), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
            foreach (var (name, path, _) in Sources)
            {
                Assert.Equal(1, source.RequestsTo(path));
                Assert.Equal(1, await context.Batches.CountAsync(b => b.SourceName == "pull:" + name));
                // Both instances fired: one pulled, the other found the run done (or the source leased).
                Assert.Equal(1, apps.Count(app => app.Log.Contains($"Pull {name}: ok")));
                Assert.Equal(1, apps.Count(app => app.Log.Contains($"Pull {name} of {Run:u} skipped") || app.Log.Contains($"Pull {name} skipped")));
            }
            Assert.All(apps, app => Assert.True(app.Log.Contains("Monthly summaries for 2025-07"), "an instance did not run the summaries"));
            Assert.All(apps, app => Assert.Empty(app.Log.Failures));
        }
        finally
        {
            foreach (var app in apps) await app.DisposeAsync();
        }
    }

    private static Dictionary<string, string?> Settings(int smtpPort, LoopbackServer source)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtpPort.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "KpiDashboard <bao-cao@kpi.example.vn>",
            // Instances on several machines share the key that signs unsubscribe links.
            ["Summaries:UnsubscribeKey"] = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray()),
            // Retries would wait on the fake clock.
            ["Pulls:RetryCount"] = "0",
            // What a first start does by default: both instances import the official list and load the demo data.
            ["Startup:UnitsFile"] = RepositoryPaths.SharedData("vn-admin-units-2025.json"),
        };
        for (var i = 0; i < Sources.Length; i++)
        {
            settings[$"Pulls:Sources:{i}:Name"] = Sources[i].Name;
            settings[$"Pulls:Sources:{i}:Url"] = source.Url(Sources[i].Path);
            settings[$"Pulls:Sources:{i}:Format"] = Sources[i].Format;
            settings[$"Pulls:Sources:{i}:Schedule"] = "0 7 * * *";
        }
        return settings;
    }

    /// <summary>Six provinces' offices subscribe; returns their addresses.</summary>
    private static async Task<List<string>> SubscribeAsync(LoopbackApp app)
    {
        var recipients = new List<string>();
        await using var scope = app.Services.CreateAsyncScope();
        var subscriptions = scope.ServiceProvider.GetRequiredService<SubscriptionService>();
        foreach (var province in BuiltInProvinces.All.Take(6))
        {
            var email = $"so-{province.Code}@example.vn";
            var saved = await subscriptions.SaveAsync(new SubscriptionService.Input(email, province.FullName, $"province:{province.Code}", "vi"));
            Assert.Empty(saved.Errors);
            recipients.Add(email);
        }
        return recipients;
    }

    /// <summary>
    /// Waits until an instance has done its part of the run: its pull loops have moved on to the next day's run, it has
    /// queued the month's summaries, and every summary has been sent (by it or by the other instance).
    /// </summary>
    private static async Task RunDoneAsync(TestDatabase db, LoopbackApp app, ScheduleClock clock, int summaries)
    {
        await clock.WhenTimersAsync(Run.AddDays(1), Sources.Length);
        for (var waited = 0; ; waited += 20)
        {
            if (app.Log.Contains("Monthly summaries for 2025-07"))
            {
                await using var context = db.Open();
                if (await context.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Sent) == summaries) return;
            }
            Assert.True(waited < 60_000, "the summaries of the run were not all sent within a minute");
            await Task.Delay(20);
        }
    }
}

using System.IO.Compression;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Reporting.Reports;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>
/// A run composes its messages in parallel with what they share computed once, and still says exactly what a message
/// composed alone says, and still delivers each message once: two senders on one database, a run stopped half-way.
/// </summary>
public sealed class SummaryRunTests(SummaryRunFixture fixture) : IClassFixture<SummaryRunFixture>, IAsyncLifetime
{
    private static readonly Dictionary<string, string?> FourComposers = new() { ["Summaries:ComposeParallelism"] = "4" };
    private readonly LoopbackSmtpServer smtp = LoopbackSmtpServer.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await smtp.DisposeAsync();

    [Fact]
    public async Task A_message_composed_in_a_parallel_run_is_the_message_composed_alone()
    {
        var month = new Month(2025, 7);
        var run = new SummaryRunContext();
        var host = fixture.Host;
        // Four at a time, each in its own scope, sharing one run context, as the outbox composes them.
        var inRun = new MimeMessage[fixture.Subscriptions.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, inRun.Length), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, _) =>
        {
            var s = fixture.Subscriptions[i];
            inRun[i] = await host.WithScopeAsync(sp => sp.GetRequiredService<SummaryComposer>().UseRun(run).ComposeAsync(s, month, $"same-{s.Id}@kpidashboard"));
        });
        // Shared per run (units, rankings, the map), per province and language (its trend and chart), not per message.
        Assert.InRange(run.Count, 5, 100);

        for (var i = 0; i < fixture.Subscriptions.Count; i++)
        {
            var s = fixture.Subscriptions[i];
            var alone = await host.WithScopeAsync(sp => sp.GetRequiredService<SummaryComposer>().ComposeAsync(s, month, $"same-{s.Id}@kpidashboard"));
            var shared = inRun[i];
            Assert.Equal(alone.Subject, shared.Subject);
            Assert.Equal(alone.TextBody, shared.TextBody);
            Assert.Equal(alone.HtmlBody, shared.HtmlBody);
            var a = await PartsAsync(alone);
            var b = await PartsAsync(shared);
            Assert.Equal(a.Select(p => p.Name), b.Select(p => p.Name));
            foreach (var (x, y) in a.Zip(b))
            {
                // The charts and the map are drawn from the same figures; the workbook carries its creation time.
                if (x.Name.EndsWith(".png", StringComparison.Ordinal)) Assert.Equal(x.Bytes, y.Bytes);
                else Assert.InRange(y.Bytes.Length, x.Bytes.Length * 0.99, x.Bytes.Length * 1.01);
            }
        }
        // A commune's e-mail draws its province's chart, the very PNG of the province's e-mail in its language, and
        // gives its own 12 months as a table; charts are drawn once per province and language, not once per message.
        var charts = new List<byte[]>();
        for (var i = 0; i < inRun.Length; i++) charts.Add((await PartsAsync(inRun[i])).Single(p => p.Name == "trend.png").Bytes);
        var provinceChart = fixture.Subscriptions.Select((s, i) => (s, i)).Where(x => x.s.Scope == "province:25")
            .ToDictionary(x => x.s.Language, x => charts[x.i]);
        var communes = fixture.Subscriptions.Select((s, i) => (s, i)).Where(x => x.s.Scope.StartsWith("commune:", StringComparison.Ordinal)).ToList();
        Assert.Equal(SummaryRunFixture.PhuThoCommunes, communes.Count);
        foreach (var (s, i) in communes)
        {
            Assert.Equal(provinceChart[s.Language], charts[i]);
            var text = inRun[i].TextBody!;
            Assert.Contains(s.Language == "en" ? "Last 12 months – Phu Tho Province" : "12 tháng gần nhất – Tỉnh Phú Thọ", inRun[i].HtmlBody);
            Assert.Matches(s.Language == "en" ? @"Last 12 months – [^\n]+, Phu Tho:\n\s+Month\s+Received\s+Resolved" : @"12 tháng gần nhất – [^\n]+, Tỉnh Phú Thọ:\n\s+Tháng\s+Tiếp nhận\s+Đã giải quyết", text.ReplaceLineEndings("\n"));
            Assert.Contains(s.Language == "en" ? "Jul 2025" : "7/2025", text);
        }
        Assert.Equal(fixture.Subscriptions.Select(s => s.Scope.StartsWith("commune:", StringComparison.Ordinal) ? "province:25/" + s.Language : s.Scope + "/" + s.Language).Distinct().Count(),
            charts.Select(Convert.ToBase64String).Distinct().Count());

        // The forms of the communes, written by ClosedXML once per shape (two or three fields known, per language), each
        // filled with the commune's names and figures: the same cells as the one written directly.
        var forms = new SummaryRunContext();
        foreach (var (s, _) in communes)
        {
            var message = await host.WithScopeAsync(sp => sp.GetRequiredService<SummaryComposer>().UseRun(forms).ComposeAsync(s, month));
            var filled = (await PartsAsync(message)).Single(p => p.Name.EndsWith(".xlsx", StringComparison.Ordinal)).Bytes;
            var direct = await host.WithScopeAsync(sp => sp.GetRequiredService<ReportFactory>().CreateAsync(ReportKind.Form06,
                new Scope("25", s.Scope["commune:".Length..]), Period.OfMonth(month), LanguageText.ParseOrVietnamese(s.Language)));
            Assert.Equal(Part(direct.Content, "xl/worksheets/sheet1.xml"), Part(filled, "xl/worksheets/sheet1.xml"));
            Assert.Equal(Part(direct.Content, "xl/sharedStrings.xml"), Part(filled, "xl/sharedStrings.xml"));
        }
        Assert.InRange(forms.Forms.Count, 1, 6);

        // The content is the real thing: a commune of Phú Thọ ranked among its communes, the province among 34.
        Assert.Contains(inRun, m => m.TextBody?.Contains("xã, phường của tỉnh", StringComparison.Ordinal) == true);
        Assert.Contains(inRun, m => m.TextBody?.Contains("/34 tỉnh, thành phố", StringComparison.Ordinal) == true);
        Assert.Contains(inRun, m => m.Attachments.Any(p => p is MimePart { FileName: { } f } && f.EndsWith(".xlsx", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Two_parallel_senders_on_one_database_deliver_each_message_once_over_one_connection_each()
    {
        await using var one = await EmailTestHost.CreateAsync(smtp.Port, fixture.Database, attachForm: false, settings: FourComposers);
        await using var two = await EmailTestHost.CreateAsync(smtp.Port, fixture.Database, attachForm: false, settings: FourComposers);
        const string period = "2025-06";
        var expected = fixture.Subscriptions.Count;
        Assert.Equal(expected, await one.EnqueueAsync(period));

        var runs = await Task.WhenAll(Task.Run(one.ProcessAsync), Task.Run(two.ProcessAsync));

        Assert.Equal(expected, runs.Sum(r => r.Sent));
        Assert.Equal(0, runs.Sum(r => r.Attempted - r.Sent));
        Assert.Equal(fixture.Subscriptions.Select(s => s.Email).Order(), smtp.Messages.Select(m => m.Recipients.Single()).Order());
        Assert.InRange(smtp.Connections, 1, 2);
        Assert.All(await RowsAsync(one, period), m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
        Assert.Equal(0, (await one.ProcessAsync()).Attempted);
    }

    [Fact]
    public async Task A_run_stopped_half_way_puts_its_claims_back_and_the_next_run_sends_the_rest_once()
    {
        await using var first = await EmailTestHost.CreateAsync(smtp.Port, fixture.Database, attachForm: false, settings: FourComposers);
        const string period = "2025-05";
        var expected = fixture.Subscriptions.Count;
        Assert.Equal(expected, await first.EnqueueAsync(period));

        // The run is stopped while the server is accepting the tenth message: that one may have been delivered.
        using var stop = new CancellationTokenSource();
        smtp.BeforeAccepting = async (_, _) =>
        {
            if (smtp.Messages.Count != 10) return;
            await stop.CancelAsync();
            await Task.Delay(500); // the 250 comes after the client stopped waiting
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            first.WithScopeAsync(sp => sp.GetRequiredService<SummaryOutbox>().ProcessAsync(ct: stop.Token)));
        smtp.BeforeAccepting = (_, _) => Task.CompletedTask;
        var stopped = await RowsAsync(first, period);
        Assert.Equal(9, stopped.Count(m => m.Status == OutboxStatus.Sent));
        Assert.Single(stopped, m => m.Status == OutboxStatus.Uncertain);
        // Claimed ahead but never marked Sending: back in the queue now, not at the lease's end.
        Assert.All(stopped.Where(m => m.Status == OutboxStatus.Queued), m => Assert.Null(m.LeaseOwner));

        // Another instance, on the same clock (no lease has ended), sends everything else and nothing twice.
        await using var next = await EmailTestHost.CreateAsync(smtp.Port, fixture.Database, attachForm: false, settings: FourComposers);
        var rest = await next.ProcessAsync();
        Assert.Equal(expected - 10, rest.Sent);
        Assert.Equal(0, (await next.ProcessAsync()).Attempted);
        var recipients = smtp.Messages.Select(m => m.Recipients.Single()).ToList();
        Assert.Equal(expected, recipients.Count);
        Assert.Equal(fixture.Subscriptions.Select(s => s.Email).Order(), recipients.Order());
        var done = await RowsAsync(first, period);
        Assert.Equal(expected - 1, done.Count(m => m.Status == OutboxStatus.Sent));
        Assert.Single(done, m => m.Status == OutboxStatus.Uncertain);
    }

    private static async Task<List<OutboxMessage>> RowsAsync(EmailTestHost host, string period) =>
        (await host.OutboxAsync()).Where(m => m.Period == period).ToList();

    private static string Part(byte[] xlsx, string name)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static async Task<List<(string Name, byte[] Bytes)>> PartsAsync(MimeMessage message)
    {
        var parts = new List<(string, byte[])>();
        foreach (var part in message.BodyParts.OfType<MimePart>().Where(p => p.ContentType.MediaType != "text"))
        {
            using var buffer = new MemoryStream();
            await part.Content!.DecodeToAsync(buffer);
            parts.Add((part.FileName ?? part.ContentId ?? "", buffer.ToArray()));
        }
        return parts;
    }
}

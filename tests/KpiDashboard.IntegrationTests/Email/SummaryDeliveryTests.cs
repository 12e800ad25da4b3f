using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Reporting.Excel;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>A summary e-mail composed from the database and delivered over a real SMTP conversation on loopback.</summary>
public sealed class SummaryDeliveryTests : IAsyncLifetime
{
    private LoopbackSmtpServer smtp = null!;
    private EmailTestHost host = null!;

    public async Task InitializeAsync()
    {
        smtp = LoopbackSmtpServer.Start();
        host = await EmailTestHost.CreateAsync(smtp.Port);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await smtp.DisposeAsync();
    }

    [Fact]
    public async Task Phu_Tho_subscriber_receives_one_well_formed_email_with_the_seed_figures()
    {
        var subscription = await host.SubscribeAsync("Pho.Giam.Doc@Example.vn", "Nguyễn Thị Hằng", "province:Phú Thọ");

        Assert.Equal(1, await host.EnqueueAsync("2025-07"));
        var run = await host.ProcessAsync();

        Assert.Equal(1, run.Sent);
        var received = Assert.Single(smtp.Messages);
        Assert.Equal(["pho.giam.doc@example.vn"], received.Recipients);
        var message = received.Message;
        Assert.Equal("Báo cáo tháng 7/2025: tình hình giải quyết hồ sơ – Tỉnh Phú Thọ", message.Subject);
        Assert.Equal("bao-cao@kpi.example.vn", message.From.Mailboxes.Single().Address);
        Assert.Equal("Nguyễn Thị Hằng", message.To.Mailboxes.Single().Name);

        // Both bodies, in Vietnamese with vi-VN formats, carrying the seed article's figures.
        var text = message.TextBody;
        var html = message.HtmlBody;
        Assert.NotNull(text);
        Assert.NotNull(html);
        Assert.Contains("Kính gửi Nguyễn Thị Hằng,", text);
        Assert.Contains("Tiếp nhận trong kỳ", text);
        Assert.Matches(@"Tiếp nhận trong kỳ\s+91\b", text);
        Assert.Matches(@"Đã giải quyết\s+73\b", text);
        Assert.Matches(@"trong đó trước hạn\s+55\b", text);
        Assert.Contains("Tần số vô tuyến điện: 43", text);
        Assert.Contains("Sở hữu trí tuệ: 34", text);
        Assert.Contains("Dữ liệu minh họa", text);
        Assert.Contains("Tỷ lệ đúng hạn (theo biểu mẫu)", html);
        Assert.Contains("<td>Tiếp nhận trong kỳ</td><td align=\"right\"><strong>91</strong></td>", html);
        Assert.Contains("<td>Tỷ lệ tiếp nhận trực tuyến</td><td align=\"right\"><strong>67,0%</strong></td>", html);
        Assert.Contains("Tỷ lệ đúng hạn (chỉ số 766/QĐ-TTg)", html);
        Assert.Contains("Xếp hạng theo tỷ lệ đúng hạn (chỉ số 766): thứ ", text);
        Assert.Contains("/34 tỉnh, thành phố", text);
        Assert.Contains("https://kpi.example.vn/provinces/25?period=2025-07", html);
        Assert.Contains("https://kpi.example.vn/provinces/25?period=2025-07", text);

        // The chart is inline: the HTML points at a Content-ID that names a PNG part of the message.
        Assert.Contains($"src=\"cid:{SummaryComposer.ChartContentId}\"", html);
        var image = message.BodyParts.OfType<MimePart>().Single(p => p.ContentId == SummaryComposer.ChartContentId);
        Assert.Equal("image/png", image.ContentType.MimeType);
        using (var png = new MemoryStream())
        {
            await image.Content!.DecodeToAsync(png);
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png.ToArray()[..4]);
        }
        var related = message.BodyParts.OfType<MimePart>().Count(p => p.ContentType.MimeType == "text/html");
        Assert.Equal(1, related);

        // The official form (Biểu 06, made by the report factory) is attached and holds the same figures as `kpi query`.
        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal("Biểu06_PhúThọ_2025-07.xlsx", attachment.FileName);
        Assert.Equal(MailAttachment.XlsxContentType, attachment.ContentType.MimeType);
        using var xlsx = new MemoryStream();
        await attachment.Content!.DecodeToAsync(xlsx);
        var query = await host.WithScopeAsync(sp => sp.GetRequiredService<FigureQuery>().TotalAsync(new Scope("25"), Period.Parse("2025-07")));
        Assert.Equal(91, query.Received.Value);
        await host.WithScopeAsync(async sp =>
        {
            await Form06Sheet.AssertMatchesDatabaseAsync(xlsx.ToArray(), sp.GetRequiredService<KpiDbContext>(), new Scope("25"), Period.Parse("2025-07"), Language.Vi);
            return 0;
        });
        OpenXml.AssertValid(xlsx.ToArray());
        using (var workbook = new XLWorkbook(new MemoryStream(xlsx.ToArray())))
        {
            Assert.Equal("Đơn vị báo cáo: UBND tỉnh Phú Thọ", workbook.Worksheet(1).Cell("K1").GetString());
            var provincial = Form06Sheet.Read(workbook.Worksheet(1)).First(l => l.Number == "I");
            Assert.Equal((73L, 55L), (provincial.Values[4], provincial.Values[5]));
        }

        // One-click unsubscribe (RFC 8058) with a token that verifies for this subscription.
        var header = message.Headers["List-Unsubscribe"]!;
        Assert.StartsWith("<https://kpi.example.vn/unsubscribe/", header);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        var token = Uri.UnescapeDataString(header.Trim('<', '>')["https://kpi.example.vn/unsubscribe/".Length..]);
        Assert.True(host.Services.GetRequiredService<UnsubscribeToken>().TryValidate(token, out var id));
        Assert.Equal(subscription.Id, id);
        Assert.Contains(header.Trim('<', '>'), text);

        var row1 = Assert.Single(await host.OutboxAsync());
        Assert.Equal(OutboxStatus.Sent, row1.Status);
        Assert.Equal(message.MessageId, row1.MessageId);
        Assert.Equal(1, row1.Attempts);
    }

    [Fact]
    public async Task English_subscriber_gets_english_text_and_en_US_formats()
    {
        await host.SubscribeAsync("minister@example.vn", "Director Tran", "province:25", "en");

        await host.EnqueueAsync("2025-07");
        await host.ProcessAsync();

        var message = Assert.Single(smtp.Messages).Message;
        Assert.Equal("Report for July 2025: dossier handling – Phu Tho Province", message.Subject);
        Assert.Contains("Dear Director Tran,", message.TextBody);
        Assert.Contains("Radio frequencies: 43", message.TextBody);
        Assert.Contains("On-time rate (national index, Decision 766)", message.TextBody);
        Assert.Contains("https://kpi.example.vn/provinces/25?period=2025-07&amp;lang=en", message.HtmlBody);
        Assert.Contains("Demo data", message.TextBody);
    }

    [Fact]
    public async Task Nation_and_commune_scopes_link_to_their_pages_and_name_silent_communes()
    {
        await host.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Metrics.Data.KpiDbContext>();
            db.Communes.Add(new Commune { Code = "07900", Name = "Việt Trì", Kind = "Phường", ProvinceCode = "25" });
            db.Communes.Add(new Commune { Code = "07901", Name = "Thanh Ba", Kind = "Xã", ProvinceCode = "25" });
            return await db.SaveChangesAsync();
        });
        await host.SubscribeAsync("all@example.vn", "Văn phòng Chính phủ", "nation");
        await host.SubscribeAsync("xa@example.vn", "UBND xã Thanh Ba", "commune:07901");
        await host.SubscribeAsync("tinh@example.vn", "Sở KH&CN", "province:25");

        await host.EnqueueAsync("2025-07");
        await host.ProcessAsync();

        var byRecipient = smtp.Messages.ToDictionary(m => m.Recipients.Single(), m => m.Message);
        Assert.Equal("Báo cáo tháng 7/2025: tình hình giải quyết hồ sơ – Toàn quốc", byRecipient["all@example.vn"].Subject);
        Assert.Contains("https://kpi.example.vn/?period=2025-07", byRecipient["all@example.vn"].TextBody);
        Assert.Contains("2 xã, phường chưa gửi số liệu", byRecipient["all@example.vn"].TextBody);
        Assert.Equal("Báo cáo tháng 7/2025: tình hình giải quyết hồ sơ – Xã Thanh Ba, Tỉnh Phú Thọ", byRecipient["xa@example.vn"].Subject);
        Assert.Contains("https://kpi.example.vn/communes/07901?period=2025-07", byRecipient["xa@example.vn"].TextBody);
        Assert.Contains("Chưa có số liệu của tháng này.", byRecipient["xa@example.vn"].TextBody);
        Assert.Contains("Xã, phường chưa gửi số liệu (2): Phường Việt Trì, Xã Thanh Ba.", byRecipient["tinh@example.vn"].TextBody);
        Assert.Contains("Sở KH&amp;CN", byRecipient["tinh@example.vn"].HtmlBody);
    }

    [Fact]
    public async Task Without_the_form_writer_the_email_says_the_form_is_not_attached()
    {
        await using var plain = await EmailTestHost.CreateAsync(smtp.Port, attachForm: false);
        await plain.SubscribeAsync("pho@example.vn", "A", "province:25");
        await plain.EnqueueAsync("2025-07");
        await plain.ProcessAsync();

        var message = Assert.Single(smtp.Messages).Message;
        Assert.Empty(message.Attachments);
        Assert.Contains("Thư này chưa đính kèm biểu mẫu", message.TextBody);
    }
}

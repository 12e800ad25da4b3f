using System.Buffers.Binary;
using KpiDashboard.Reporting.Email;
using MimeKit;
using Xunit.Abstractions;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>The summary e-mail carries the map of the 34 provinces inline, delivered over SMTP on loopback, and stays small.</summary>
public sealed class SummaryMapTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>What the message may weigh as sent (base64 included): mail servers and phones take it without a second thought.</summary>
    private const int MaxMessageBytes = 1024 * 1024;

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
    public async Task The_province_map_is_an_inline_png_described_in_both_bodies_and_the_email_stays_within_size()
    {
        await host.SubscribeAsync("tinh@example.vn", "Nguyễn Thị Hằng", "province:25");
        await host.SubscribeAsync("minister@example.vn", "Director Tran", "nation", "en");

        await host.EnqueueAsync("2025-07");
        Assert.Equal(2, (await host.ProcessAsync()).Sent);

        var byRecipient = smtp.Messages.ToDictionary(m => m.Recipients.Single(), m => m.Message);
        foreach (var (address, alt) in new[]
                 {
                     ("tinh@example.vn", "Bản đồ 34 tỉnh, thành phố tô màu theo tỷ lệ đúng hạn (chỉ số 2.1), tháng 7/2025"),
                     ("minister@example.vn", "Map of the 34 provinces coloured by the on-time rate (national index 2.1), July 2025"),
                 })
        {
            var message = byRecipient[address];
            Assert.Contains($"src=\"cid:{SummaryComposer.MapContentId}\"", message.HtmlBody);
            Assert.Contains(alt, message.HtmlBody);
            Assert.Contains(alt, message.TextBody);
            var map = message.BodyParts.OfType<MimePart>().Single(p => p.ContentId == SummaryComposer.MapContentId);
            Assert.Equal("image/png", map.ContentType.MimeType);
            using var png = new MemoryStream();
            await map.Content!.DecodeToAsync(png);
            var bytes = png.ToArray();
            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
            // The IHDR chunk: a map wide enough to read, not a thumbnail.
            Assert.InRange(BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)), 400, 2000);

            using var sent = new MemoryStream();
            await message.WriteToAsync(sent);
            output.WriteLine($"{address}: message {sent.Length:N0} bytes as sent, map PNG {bytes.Length:N0} bytes");
            Assert.True(sent.Length < MaxMessageBytes, $"{address}: {sent.Length:N0} bytes, the map {bytes.Length:N0}");
        }
    }
}

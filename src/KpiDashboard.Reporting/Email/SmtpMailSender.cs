using System.Globalization;
using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// MailKit over SMTP: connects on the first message, keeps the connection for the run, reconnects after a failure.
/// A failure after DATA without a refusing reply is reported as <see cref="MailSendException.MaybeDelivered"/>.
/// </summary>
public sealed class SmtpMailSender(IOptions<SmtpOptions> options) : IMailSender
{
    private readonly SmtpDataPhase phase = new();
    private SmtpClient? client;

    public async Task<string> SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        if (!o.Configured) throw new MailSendException("Smtp:Host chưa cấu hình / Smtp:Host is not configured");
        phase.Reset();
        try
        {
            client ??= new SmtpClient(phase) { Timeout = o.TimeoutSeconds * 1000 };
            if (!client.IsConnected)
            {
                await client.ConnectAsync(o.Host!, o.Port, o.Security switch
                {
                    SmtpSecurity.None => SecureSocketOptions.None,
                    SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                    _ => SecureSocketOptions.StartTls,
                }, ct);
                if (!string.IsNullOrEmpty(o.User)) await client.AuthenticateAsync(o.User, o.Password ?? "", ct);
            }
            return await client.SendAsync(message, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested || phase.Started)
        {
            // After DATA only a reply settles it: a refusal is an SmtpCommandException; a timeout, a dropped connection or
            // a cancellation may come after the server accepted the message.
            var maybeDelivered = phase.Started && e is not SmtpCommandException;
            await DropConnectionAsync();
            throw new MailSendException(Describe(e), e, maybeDelivered);
        }
    }

    /// <summary>The SMTP reply as the server gave it ("550 5.1.1 no such user"), or what went wrong before there was one.</summary>
    internal static string Describe(Exception e) => e switch
    {
        SmtpCommandException c => string.Create(CultureInfo.InvariantCulture, $"{(int)c.StatusCode} {c.Message} ({c.ErrorCode}{(c.Mailbox is null ? "" : " " + c.Mailbox.Address)})"),
        AuthenticationException a => $"authentication failed: {a.Message}",
        SmtpProtocolException p => $"protocol error: {p.Message}",
        SocketException s => $"connection failed: {s.Message}",
        ServiceNotConnectedException n => $"not connected: {n.Message}",
        IOException io => $"connection lost: {io.Message}",
        OperationCanceledException => "timed out",
        _ => $"{e.GetType().Name}: {e.Message}",
    };

    private async Task DropConnectionAsync()
    {
        if (client is null) return;
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(false);
        }
        catch (Exception)
        {
            // The connection is already broken; a new client connects afresh.
        }
        client.Dispose();
        client = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (client is null) return;
        try
        {
            if (client.IsConnected) await client.DisconnectAsync(true);
        }
        catch (Exception)
        {
            // QUIT is a courtesy; the messages are already recorded as sent.
        }
        client.Dispose();
        client = null;
    }
}

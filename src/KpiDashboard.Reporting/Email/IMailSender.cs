using MimeKit;

namespace KpiDashboard.Reporting.Email;

/// <summary>Delivers messages over one connection for the length of a run; dispose to close it.</summary>
public interface IMailSender : IAsyncDisposable
{
    /// <summary>Returns the server's reply to the message; throws <see cref="MailSendException"/> with the reply on failure.</summary>
    Task<string> SendAsync(MimeMessage message, CancellationToken ct);
}

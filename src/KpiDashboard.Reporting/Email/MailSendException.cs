namespace KpiDashboard.Reporting.Email;

/// <summary>A failed delivery, with the SMTP reply (or the connection error) as the message, stored in the outbox.</summary>
public sealed class MailSendException(string reply, Exception? inner = null) : Exception(reply, inner)
{
    public string Reply => Message;
}

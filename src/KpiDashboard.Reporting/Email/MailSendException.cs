namespace KpiDashboard.Reporting.Email;

/// <summary>A failed delivery, with the SMTP reply (or the connection error) as the message, stored in the outbox.</summary>
public sealed class MailSendException(string reply, Exception? inner = null, bool maybeDelivered = false) : Exception(reply, inner)
{
    public string Reply => Message;

    /// <summary>
    /// The failure came after the message was transmitted and without a reply refusing it (a timeout, a dropped connection
    /// waiting for the 250): the server may have accepted it, so sending it again could deliver it twice.
    /// </summary>
    public bool MaybeDelivered { get; } = maybeDelivered;
}

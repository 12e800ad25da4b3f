using KpiDashboard.Metrics.Entities;
using MimeKit;

namespace KpiDashboard.Reporting.Email;

/// <summary>A reminder as sent: the plain text fixed when it was queued, to the address it carries.</summary>
public static class ReminderMessage
{
    public static MimeMessage Build(OutboxMessage row, MailboxAddress from, string messageId)
    {
        var message = new MimeMessage();
        message.From.Add(from);
        message.To.Add(MailboxAddress.Parse(row.Recipient ?? throw new InvalidOperationException($"Outbox row {row.Id} has neither a subscription nor a recipient.")));
        message.Subject = row.Subject ?? "";
        message.MessageId = messageId;
        message.Headers.Add("Content-Language", "vi, en");
        message.Body = new TextPart("plain") { Text = row.Body ?? "" };
        return message;
    }
}

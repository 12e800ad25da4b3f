namespace KpiDashboard.Reporting.Email;

/// <summary>A file attached to a summary e-mail.</summary>
public sealed record MailAttachment(string FileName, string ContentType, byte[] Content)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}

namespace KpiDashboard.Web.Admin;

public sealed record PreviewAttachment(string FileName, string ContentType, long Length, string? DownloadUrl);

namespace KpiDashboard.Web.Admin;

/// <summary>One subscription's e-mail for a month, as it would be sent: envelope, headers, both bodies, attachments.</summary>
public sealed record PreviewModel(
    SubscriptionRow Row,
    string Period,
    string Subject,
    string From,
    string To,
    IReadOnlyList<(string Name, string Value)> Headers,
    string? Text,
    IReadOnlyList<PreviewAttachment> Attachments,
    string HtmlUrl,
    string? TestAddress,
    TestSendResult? Result);

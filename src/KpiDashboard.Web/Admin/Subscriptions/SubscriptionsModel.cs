namespace KpiDashboard.Web.Admin;

/// <summary>
/// The subscriptions page: one page of the subscriptions (inactive ones too) matching the search, how many there are in all
/// and active, and the month previews open at.
/// </summary>
public sealed record SubscriptionsModel(IReadOnlyList<SubscriptionRow> Rows, int Active, int Total, int Matching, int Page, int PageCount,
    string? Search, string PreviewPeriod, string? Message);

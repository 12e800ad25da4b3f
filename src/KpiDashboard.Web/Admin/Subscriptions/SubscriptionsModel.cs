namespace KpiDashboard.Web.Admin;

/// <summary>The subscriptions page: every subscription (inactive ones too), and the month previews open at.</summary>
public sealed record SubscriptionsModel(IReadOnlyList<SubscriptionRow> Rows, int Active, string PreviewPeriod, string? Message);

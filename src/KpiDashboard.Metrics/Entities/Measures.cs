namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// The eight base measures of the official form and the four totals, each nullable: unknown is not zero.
/// A total holds the sum of its parts when they are all known, else the reported total, else null.
/// </summary>
public partial record struct Measures
{
    public int? ReceivedOnline { get; set; }
    public int? ReceivedOffline { get; set; }
    public int? CarriedOver { get; set; }
    public int? ResolvedEarly { get; set; }
    public int? ResolvedOnTime { get; set; }
    public int? ResolvedLate { get; set; }
    public int? PendingWithin { get; set; }
    public int? PendingOverdue { get; set; }
    public int? Received { get; set; }
    public int? Handled { get; set; }
    public int? Resolved { get; set; }
    public int? Pending { get; set; }
}

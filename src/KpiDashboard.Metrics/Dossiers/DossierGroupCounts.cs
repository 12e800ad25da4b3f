namespace KpiDashboard.Metrics.Dossiers;

/// <summary>
/// A group's dossiers in a window (a procedure, a field, a unit): received, resolved by timeliness, pending at the
/// window's end within or over the due date, and the sum behind the average handling time (Decision 766, 2.2).
/// </summary>
public sealed class DossierGroupCounts(string key)
{
    public string Key { get; } = key;
    public int Received { get; set; }
    public int Early { get; set; }
    public int OnTime { get; set; }
    public int Late { get; set; }
    public int PendingWithin { get; set; }
    public int Overdue { get; set; }
    public long HandlingDaysSum { get; set; }
    public int HandlingCount { get; set; }

    public int Resolved => Early + OnTime + Late;
    public int Pending => PendingWithin + Overdue;

    /// <summary>Working days, or null when nothing was resolved or refused in the window.</summary>
    public double? AverageHandlingDays => HandlingCount == 0 ? null : (double)HandlingDaysSum / HandlingCount;
}

namespace KpiDashboard.Metrics.Kpis;

/// <summary>
/// The twelve measures summed over rows, an EF complex type: a summary row keeps one (its columns are the measure's
/// name and its name with "Known"), and <see cref="Queries.FigureQuery"/> groups and sums them.
/// </summary>
public record struct SummedMeasures
{
    public MeasureSum ReceivedOnline { get; init; }
    public MeasureSum ReceivedOffline { get; init; }
    public MeasureSum CarriedOver { get; init; }
    public MeasureSum ResolvedEarly { get; init; }
    public MeasureSum ResolvedOnTime { get; init; }
    public MeasureSum ResolvedLate { get; init; }
    public MeasureSum PendingWithin { get; init; }
    public MeasureSum PendingOverdue { get; init; }
    public MeasureSum Received { get; init; }
    public MeasureSum Handled { get; init; }
    public MeasureSum Resolved { get; init; }
    public MeasureSum Pending { get; init; }
}

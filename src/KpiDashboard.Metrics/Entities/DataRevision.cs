namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// A write that changes what the pages show without a batch: a units, fields, history or boundaries import, or a
/// correction of where an old unit went. The data version counts them, so cached pages and ETags change with them.
/// </summary>
public sealed class DataRevision
{
    public int Id { get; init; }
    /// <summary>What changed: one of the constants below.</summary>
    public required string Kind { get; init; }
    public DateTimeOffset WhenUtc { get; init; }

    public const string Units = "units";
    public const string Fields = "fields";
    public const string History = "history";
    public const string Boundaries = "boundaries";
    public const string UnitLink = "unit_link";
}

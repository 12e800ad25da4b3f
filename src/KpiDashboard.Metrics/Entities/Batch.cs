namespace KpiDashboard.Metrics.Entities;

/// <summary>One successful ingest: every fact it wrote or changed points back to it.</summary>
public sealed class Batch
{
    public int Id { get; init; }
    public DateTimeOffset CreatedUtc { get; init; }
    public required string SourceName { get; init; }
    /// <summary>SHA-256 of the source bytes, lower-case hex.</summary>
    public required string SourceHash { get; init; }
    public int RowsRead { get; set; }
    public int Inserted { get; set; }
    public int Updated { get; set; }
    public int Unchanged { get; set; }
    public bool IsDemo { get; init; }
    public DateTimeOffset? RolledBackUtc { get; set; }
}

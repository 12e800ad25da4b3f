namespace KpiDashboard.Ingestion.Batches;

public sealed record IngestResult
{
    public required string SourceName { get; init; }
    public string SourceHash { get; init; } = "";
    /// <summary>The batch written; null when nothing was written (errors, dry run, or no change).</summary>
    public int? BatchId { get; init; }
    public int RowsRead { get; init; }
    public int Inserted { get; init; }
    public int Updated { get; init; }
    public int Unchanged { get; init; }
    public bool DryRun { get; init; }
    public IngestErrors Errors { get; init; } = [];
    public IReadOnlyList<IngestWarning> Warnings { get; init; } = [];
    /// <summary>The rows read, as understood: shown by a dry run.</summary>
    public IReadOnlyList<UnderstoodRow> Understood { get; init; } = [];

    public bool Succeeded => Errors.Count == 0;
    /// <summary>No figure changed and no batch was written (a batch without changed figures carries a list's changed dossiers).</summary>
    public bool ChangedNothing => Succeeded && BatchId is null && Inserted == 0 && Updated == 0;
}

namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// A stored dossier as it was before a batch replaced it (a corrected list, or a recompute that moved its due date), with
/// its <see cref="DossierRecord.Id"/> and the batch that had written it: rolling that batch back puts it back.
/// </summary>
public sealed class ReplacedDossier : DossierRecord
{
    public int ReplacedByBatchId { get; init; }
}

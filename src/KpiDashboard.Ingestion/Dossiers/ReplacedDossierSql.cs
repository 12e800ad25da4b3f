using KpiDashboard.Ingestion.Dossiers.Staging;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// The SQL of ReplacedDossiers, with EF Core's {n} parameters: keeping the stored dossiers a recompute moves, and
/// putting back what a batch replaced when it is rolled back.
/// </summary>
internal static class ReplacedDossierSql
{
    private static readonly string[] Names = ["Id", .. DossierStagingSql.Stored, "BatchId"];
    private static readonly string Columns = string.Join(", ", Names.Select(c => $"\"{c}\""));

    /// <summary>
    /// Keeps for batch {0} the dossiers of province {1} received on {3}, not finished before {2}, whose due date comes
    /// from {4} handling days and is not {5}: those the recompute is about to move.
    /// </summary>
    public static readonly string KeepMoved =
        $"INSERT INTO \"ReplacedDossiers\" (\"ReplacedByBatchId\", {Columns}) SELECT {{0}}, {Columns} FROM \"Dossiers\" " +
        "WHERE \"ProvinceCode\" = {1} AND \"ReceivedOn\" = {3} AND (\"FinishedOn\" IS NULL OR \"FinishedOn\" >= {2}) " +
        "AND \"DueFromHandlingDays\" AND \"HandlingDays\" = {4} AND \"DueOn\" <> {5}";

    /// <summary>Deletes the dossiers batch {0} wrote.</summary>
    public const string DeleteWritten = "DELETE FROM \"Dossiers\" WHERE \"BatchId\" = {0}";

    /// <summary>Puts back the dossiers batch {0} replaced, as they were.</summary>
    public static readonly string Restore =
        $"INSERT INTO \"Dossiers\" ({Columns}) SELECT {Columns} FROM \"ReplacedDossiers\" WHERE \"ReplacedByBatchId\" = {{0}}";

    public const string Forget = "DELETE FROM \"ReplacedDossiers\" WHERE \"ReplacedByBatchId\" = {0}";
}

namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// One dossier of a one-stop system's list, without any personal data (Decree 13/2023/NĐ-CP): kept so that the
/// figures computed from it can be recomputed and explained. Dates are Vietnamese calendar days.
/// </summary>
public sealed class Dossier : DossierRecord;

/// <summary>What a stored dossier holds, as <see cref="Dossier"/> and as the <see cref="ReplacedDossier"/> a later batch replaced.</summary>
public abstract class DossierRecord
{
    public long Id { get; init; }
    /// <summary>
    /// The handling unit in today's units: the commune's code, or the province's for provincial agencies; unique with
    /// <see cref="Code"/>. A dossier received before 1 July 2025 is named in the units of then and kept under their
    /// successor (a split commune's first-named one), so today's pages and the uniqueness need no date.
    /// </summary>
    public required string UnitCode { get; init; }
    public required string ProvinceCode { get; init; }
    public string? CommuneCode { get; init; }
    /// <summary>The old province a dossier received before 1 July 2025 was handled in (once the old units are imported): its
    /// figures of windows before July 2025 are that unit's; null for later dossiers.</summary>
    public string? OldProvinceCode { get; init; }
    /// <summary>The old commune of such a dossier; null for an old province's own agencies and for later dossiers.</summary>
    public string? OldCommuneCode { get; init; }
    public required string Code { get; init; }
    public required string ProcedureCode { get; set; }
    public string? ProcedureName { get; set; }
    public required string FieldCode { get; set; }
    public bool Online { get; set; }
    public DateOnly ReceivedOn { get; set; }
    /// <summary>The due date before the applicant's supplement time is deducted.</summary>
    public DateOnly DueOn { get; set; }
    public int? HandlingDays { get; set; }
    /// <summary>The due date was computed from <see cref="HandlingDays"/> (no due_at in the list), so a calendar change moves it.</summary>
    public bool DueFromHandlingDays { get; set; }
    public int SupplementRequests { get; set; }
    public int SupplementDays { get; set; }
    public DateOnly? FinishedOn { get; set; }
    public DossierOutcome? Outcome { get; set; }
    /// <summary>The batch that last wrote this dossier.</summary>
    public int BatchId { get; set; }
}

namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// One dossier of a one-stop system's list, without any personal data (Decree 13/2023/NĐ-CP): kept so that the
/// figures computed from it can be recomputed and explained. Dates are Vietnamese calendar days.
/// </summary>
public sealed class Dossier
{
    public long Id { get; init; }
    /// <summary>The handling unit: the commune's code, or the province's for provincial agencies; unique with <see cref="Code"/>.</summary>
    public required string UnitCode { get; init; }
    public required string ProvinceCode { get; init; }
    public string? CommuneCode { get; init; }
    public required string Code { get; init; }
    public required string ProcedureCode { get; set; }
    public string? ProcedureName { get; set; }
    public required string FieldCode { get; set; }
    public bool Online { get; set; }
    public DateOnly ReceivedOn { get; set; }
    /// <summary>The due date before the applicant's supplement time is deducted.</summary>
    public DateOnly DueOn { get; set; }
    public int? HandlingDays { get; set; }
    public int SupplementRequests { get; set; }
    public int SupplementDays { get; set; }
    public DateOnly? FinishedOn { get; set; }
    public DossierOutcome? Outcome { get; set; }
    /// <summary>The batch that last wrote this dossier.</summary>
    public int BatchId { get; set; }
}

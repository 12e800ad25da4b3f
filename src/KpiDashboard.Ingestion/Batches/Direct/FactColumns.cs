using KpiDashboard.Ingestion.Batches.Staging;

namespace KpiDashboard.Ingestion.Batches.Direct;

/// <summary>The columns a first load writes into Facts, in the order its loaders write them (as <see cref="StagingSql.InsertNew"/> does).</summary>
internal static class FactColumns
{
    public static readonly string[] All = ["Period", "ProvinceCode", "CommuneCode", "FieldCode", "BatchId", "IsDemo", .. StagingSql.Measures];

    /// <summary>Null for the provincial agencies' rows, as NULLIF(CommuneKey, '') makes it.</summary>
    public static string? CommuneCode(Figures.FigureRow row) => StagedRow.CommuneKey(row) is { Length: > 0 } code ? code : null;
}

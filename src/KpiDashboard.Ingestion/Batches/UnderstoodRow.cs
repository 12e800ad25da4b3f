using KpiDashboard.Ingestion.Figures;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>A row as the reader understood it: the figures it states by canonical name (unknown ones left out).</summary>
public sealed record UnderstoodRow(FactKey Key, IReadOnlyDictionary<string, int> Figures);

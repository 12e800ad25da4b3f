namespace KpiDashboard.Ingestion.Tables;

public sealed record TableHeader(int Row, IReadOnlyList<string> Cells);

namespace KpiDashboard.Ingestion.Tables;

/// <summary>A cell an XLSX sheet holds, as a person sees it: numbers in invariant form, dates as yyyy-MM.</summary>
internal readonly record struct XlsxCell(int Row, int Column, string Text);

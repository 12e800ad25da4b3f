namespace KpiDashboard.Ingestion.Tables;

/// <param name="Part">The sheet's XML part inside the package, as "xl/worksheets/sheet1.xml".</param>
internal sealed record XlsxSheet(string Name, string Part, bool Visible);

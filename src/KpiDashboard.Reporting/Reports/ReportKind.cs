namespace KpiDashboard.Reporting.Reports;

public enum ReportKind
{
    /// <summary>The official form Biểu số 06/VPCP/KSTT for a scope.</summary>
    Form06,
    /// <summary>The national summary workbook.</summary>
    National,
    /// <summary>The facts of a scope as CSV, in the canonical figures format.</summary>
    FactsCsv,
}

namespace KpiDashboard.Reporting.Excel;

/// <summary>The language of a generated report: Vietnamese by default, English on request.</summary>
public enum ReportLanguage
{
    Vi,
    En,
}

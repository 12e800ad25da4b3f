namespace KpiDashboard.Web.Reports;

/// <summary>The raw values of the report form, shown back as typed.</summary>
public sealed record ReportForm(string? Report, string? Province, string? Commune, string? Field, string? Period, string? Language)
{
    public bool IsEmpty => new[] { Report, Province, Commune, Field, Period, Language }.All(string.IsNullOrWhiteSpace);
}

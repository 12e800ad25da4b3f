namespace KpiDashboard.Reporting.Excel;

/// <summary>The footer: where and when the form is signed.</summary>
public sealed record Form06Footer(string Place, DateOnly Date);

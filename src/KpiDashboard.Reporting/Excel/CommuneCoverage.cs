namespace KpiDashboard.Reporting.Excel;

/// <summary>How many of a province's communes have figures in the period.</summary>
public sealed record CommuneCoverage(UnitRef Province, int Communes, int WithFigures)
{
    public int WithoutFigures => Math.Max(0, Communes - WithFigures);
}

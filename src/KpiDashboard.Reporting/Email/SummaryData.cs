using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Charts;

namespace KpiDashboard.Reporting.Email;

/// <summary>Everything one summary e-mail says, gathered from the database before any text is written.</summary>
public sealed record SummaryData
{
    public required Language Language { get; init; }
    public required Month Period { get; init; }
    public required Scope Scope { get; init; }
    public required string ScopeName { get; init; }
    public required string RecipientName { get; init; }
    public required Figures Current { get; init; }
    public required Figures Previous { get; init; }
    public required Figures LastYear { get; init; }
    /// <summary>The same month last year is a commune's comparable figures with a split predecessor (marked ≈).</summary>
    public bool LastYearApproximate { get; init; }
    /// <summary>Rank by the on-time rate (national index) among provinces, or among the communes of the province; null for the nation.</summary>
    public UnitRank? Rank { get; init; }
    public required IReadOnlyList<NamedCount> TopFields { get; init; }
    public required IReadOnlyList<NamedCount> TopLateFields { get; init; }
    /// <summary>Communes of the scope without any figures for the period (all of them for the nation: only the count is shown).</summary>
    public required IReadOnlyList<string> SilentCommunes { get; init; }
    public required int SilentCommuneCount { get; init; }
    /// <summary>The scope's own last 12 months: a commune's are a table in the body, a province's or the nation's the chart.</summary>
    public required IReadOnlyList<TrendPoint> Trend { get; init; }
    /// <summary>Whose 12 months the chart draws when not the scope's own: a commune's province (drawn once per run for all its communes).</summary>
    public string? ChartScopeName { get; init; }
    public IReadOnlyList<TrendPoint>? ChartTrend { get; init; }
    public required string DashboardUrl { get; init; }
    public required string UnsubscribeUrl { get; init; }

    /// <summary>Decides the dates the e-mail states for the month.</summary>
    public ReportingWindowKind Window { get; init; }

    public bool English => Language == Language.En;

    /// <summary>A commune's e-mail shows its province's chart and its own months as a table.</summary>
    public bool TrendAsTable => Scope.CommuneCode is not null;
}

/// <param name="Approximate">Among communes in a month before July 2025 where some commune's comparable figures are approximate.</param>
public sealed record UnitRank(int Position, int Of, bool AmongCommunes, bool Approximate = false);

public sealed record NamedCount(string Name, long Count);

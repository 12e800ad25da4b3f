using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.UnitTests.Ingest;

public sealed class IdentityRulesTests
{
    private static readonly Measures Consistent = new()
    {
        ReceivedOnline = 60, ReceivedOffline = 31, CarriedOver = 10,
        ResolvedEarly = 55, ResolvedOnTime = 18, ResolvedLate = 0, PendingWithin = 27, PendingOverdue = 1,
    };

    [Fact]
    public void Consistent_figures_pass() => Assert.Empty(IdentityRules.Check(Consistent));

    [Fact]
    public void Handled_must_equal_resolved_plus_pending() =>
        Assert.Contains(IdentityRules.Check(Consistent with { PendingWithin = 20 }), v => v.Columns == "carried_over");

    [Fact]
    public void A_reported_total_must_equal_its_parts() =>
        Assert.Contains(IdentityRules.Check(Consistent with { Resolved = 70 }), v => v.Columns == "resolved");

    [Fact]
    public void Identities_with_unknown_parts_are_not_checked() =>
        Assert.Empty(IdentityRules.Check(new Measures { Received = 91, Resolved = 73, ResolvedEarly = 55 }));

    [Fact]
    public void Reported_handled_is_checked_against_both_sides()
    {
        var violations = IdentityRules.Check(Consistent with { Handled = 100 }).ToList();
        Assert.Equal(2, violations.Count(v => v.Columns == "handled"));
    }
}

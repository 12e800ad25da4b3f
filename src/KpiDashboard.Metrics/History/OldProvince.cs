using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Metrics.History;

/// <summary>
/// A province of before 1 July 2025 with its own units, for its page in an old month: its districts and communes, the
/// province of today it went into, and a directory of its communes to search them by name as the spine's rules say.
/// </summary>
public sealed record OldProvince(Province Province, Province? Successor, IReadOnlyList<District> Districts, IReadOnlyList<Commune> Communes)
{
    public UnitDirectory Directory { get; } = new([Province], Communes, [], Districts);
}

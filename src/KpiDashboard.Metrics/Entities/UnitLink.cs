namespace KpiDashboard.Metrics.Entities;

/// <summary>
/// An old unit's place among today's units: old province → new province, old commune → new commune (one link if it
/// went whole, one per successor if it was split), old district → new commune for the island districts that had no
/// communes. <see cref="Rank"/> keeps the order in which the mapping names a split commune's successors.
/// </summary>
public sealed class UnitLink
{
    public int Id { get; init; }
    /// <summary>"province", "district" or "commune": the level of the old unit.</summary>
    public required string Level { get; init; }
    public required string OldCode { get; init; }
    public required string NewCode { get; init; }
    /// <summary>"whole" (the old unit went entirely into the new one) or "part" (it was split).</summary>
    public required string Kind { get; set; }
    /// <summary>1 for the successor the mapping names first, 2 for the next, ...</summary>
    public int Rank { get; set; }
    /// <summary>Where the link comes from: "dvhcvn", "vietnamadminunits" or "admin" (corrected by hand).</summary>
    public required string Source { get; set; }
    /// <summary>The day the old unit became (part of) the new one.</summary>
    public DateOnly ChangedOn { get; init; }

    public const string ProvinceLevel = "province";
    public const string DistrictLevel = "district";
    public const string CommuneLevel = "commune";
    public const string Whole = "whole";
    public const string Part = "part";
}

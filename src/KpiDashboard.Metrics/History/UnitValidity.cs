namespace KpiDashboard.Metrics.History;

/// <summary>
/// The dates between which administrative units existed. The product knows two sets: the units of before the merger
/// of 1 July 2025 (63 provinces, districts, about 10,000 communes) and today's (34 provinces, 3,321 communes). A code
/// means one of each set depending on the month, so a unit is identified by its code and its validity.
/// </summary>
public static class UnitValidity
{
    /// <summary>The first day of today's units (Resolutions 1654–1687/NQ-UBTVQH15 and 202/2025/QH15).</summary>
    public static readonly DateOnly MergerDay = new(2025, 7, 1);

    /// <summary>The last day of the old units.</summary>
    public static readonly DateOnly LastOldDay = new(2025, 6, 30);

    /// <summary>
    /// The start of the old units' validity. The statistics office's list does not say when each unit was created, so
    /// they are taken as valid from the earliest date; figures are only ever filed for months the product is given.
    /// </summary>
    public static readonly DateOnly OldFrom = DateOnly.MinValue;

    /// <summary>The first month (yyyyMM) whose figures belong to today's units.</summary>
    public const int FirstNewPeriod = 202507;

    public static bool IsOldPeriod(int period) => period < FirstNewPeriod;

    /// <summary>
    /// The first month read in today's units: <see cref="FirstNewPeriod"/> once the old units are imported; until then
    /// every month, as before the product knew them (a database without history keeps working as it did).
    /// </summary>
    public static int FirstNewPeriodWhen(bool oldUnitsKnown) => oldUnitsKnown ? FirstNewPeriod : 0;

    /// <summary>The ValidFrom of the units that figures of this month (yyyyMM) belong to.</summary>
    public static DateOnly ValidFromFor(int period) => IsOldPeriod(period) ? OldFrom : MergerDay;
}

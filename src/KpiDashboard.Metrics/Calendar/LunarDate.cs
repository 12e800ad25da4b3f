namespace KpiDashboard.Metrics.Calendar;

/// <summary>A day of the Vietnamese lunar calendar; <paramref name="Year"/> is the Gregorian year in which that lunar year began.</summary>
public readonly record struct LunarDate(int Year, int Month, int Day, bool IsLeapMonth = false);

using System.Globalization;

namespace KpiDashboard.Metrics.Periods;

/// <summary>A day typed by a person (a filter, a reference date): yyyy-MM-dd in ASCII digits, years 1900 to 2100, so that the
/// date arithmetic behind it (Vietnam time to UTC, the next day, the same month last year) cannot overflow.</summary>
public static class DayText
{
    public const string Format = "yyyy-MM-dd";

    public static bool TryParse(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text?.Trim(), Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out day) && day.Year is >= 1900 and <= 2100;
}

using System.Collections.Concurrent;

namespace KpiDashboard.Metrics.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar (âm lịch), computed for Vietnam's meridian, UTC+7 (the calendar Vietnam has used
/// since 1968; China's uses UTC+8, which is why .NET's ChineseLunisolarCalendar dates Tết 2030 a day late).
/// The rules: a month begins on the local day of a new moon; month 11 is the month holding the winter solstice; when
/// 13 months lie between two months 11, the first of them without a major solar term (the sun entering a multiple of
/// 30° of longitude) is the leap month and repeats the number of the month before it.
/// </summary>
public static class VietnameseLunarCalendar
{
    private const double UtcOffsetDays = 7.0 / 24;

    /// <summary>The first day of lunar month, day and leap flag; one table per lunar year, from its month 11 before Tết.</summary>
    private sealed record Month(DateOnly Start, int Number, bool IsLeap, int LunarYear);

    private static readonly ConcurrentDictionary<int, Month[]> Years = new();

    /// <summary>Tết Nguyên đán: the first day of the lunar year that begins in Gregorian <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(new LunarDate(year, 1, 1));

    public static DateOnly ToSolar(LunarDate date)
    {
        // Months 11 and 12 of a lunar year sit in the table of the next one (they precede its Tết).
        var table = MonthsBefore(date.Month >= 11 ? date.Year + 1 : date.Year);
        var month = table.FirstOrDefault(m => m.LunarYear == date.Year && m.Number == date.Month && m.IsLeap == date.IsLeapMonth)
            ?? throw new ArgumentOutOfRangeException(nameof(date), $"No lunar month {date.Month}{(date.IsLeapMonth ? " (leap)" : "")} in {date.Year}.");
        var day = month.Start.AddDays(date.Day - 1);
        var next = Next(table, month);
        if (date.Day < 1 || day >= next) throw new ArgumentOutOfRangeException(nameof(date), $"Lunar month {date.Month} of {date.Year} has no day {date.Day}.");
        return day;
    }

    public static LunarDate FromSolar(DateOnly day)
    {
        var table = MonthsBefore(day.Year + 1);
        if (day < table[0].Start) table = MonthsBefore(day.Year);
        var month = table.Last(m => m.Start <= day);
        return new LunarDate(month.LunarYear, month.Number, day.DayNumber - month.Start.DayNumber + 1, month.IsLeap);
    }

    /// <summary>The number of days (29 or 30) of a lunar month.</summary>
    public static int DaysInMonth(LunarDate date)
    {
        var start = ToSolar(date with { Day = 1 });
        var table = MonthsBefore(date.Month >= 11 ? date.Year + 1 : date.Year);
        return Next(table, table.First(m => m.Start == start)).DayNumber - start.DayNumber;
    }

    private static DateOnly Next(Month[] table, Month month)
    {
        var index = Array.IndexOf(table, month);
        return index + 1 < table.Length ? table[index + 1].Start : NewMoonDay(NewMoonIndexOn(month.Start) + 1);
    }

    /// <summary>
    /// The months from month 11 of lunar year <paramref name="year"/> − 1 (December of the Gregorian year before) up to,
    /// not including, month 11 of lunar year <paramref name="year"/>.
    /// </summary>
    private static Month[] MonthsBefore(int year) => Years.GetOrAdd(year, static year =>
    {
        var first = Month11Index(year - 1);
        var last = Month11Index(year);
        var count = last - first;
        // In a 13-month span the first month without a major term is the leap month (never the first month 11).
        var leap = -1;
        if (count == 13)
        {
            for (var j = 1; j < count && leap < 0; j++)
                if (!HasMajorTerm(first + j)) leap = j;
        }
        var months = new Month[count];
        var number = 11;
        var lunarYear = year - 1;
        for (var j = 0; j < count; j++)
        {
            var isLeap = j == leap;
            if (j > 0 && !isLeap)
            {
                number = number == 12 ? 1 : number + 1;
                if (number == 1) lunarYear = year;
            }
            months[j] = new Month(NewMoonDay(first + j), number, isLeap, lunarYear);
        }
        return months;
    });

    /// <summary>The index (as for <see cref="Astronomy.NewMoon"/>) of the new moon starting month 11 of <paramref name="year"/>, the month of the December solstice.</summary>
    private static int Month11Index(int year)
    {
        var k = NewMoonIndexOn(new DateOnly(year, 12, 31));
        // Walk back to the month whose span holds the sun's entry into 270°; that month may hold two major terms
        // (as in 2033), so its start can lie in sector 7.
        while (!(Sector(NewMoonDay(k)) is >= 6 and <= 8 && Sector(NewMoonDay(k + 1)) >= 9)) k--;
        return k;
    }

    /// <summary>The month starting at new moon <paramref name="k"/> holds a major term when the sun changes 30° sector during it.</summary>
    private static bool HasMajorTerm(int k) => Sector(NewMoonDay(k)) != Sector(NewMoonDay(k + 1));

    /// <summary>Which 30° sector of longitude the sun is in at the local midnight that starts <paramref name="day"/>.</summary>
    private static int Sector(DateOnly day) => (int)(Astronomy.SunLongitude(MidnightUt(day)) / 30);

    private static double MidnightUt(DateOnly day) => Astronomy.JulianDayOfDayZero + day.DayNumber - UtcOffsetDays;

    /// <summary>The local (UTC+7) day of new moon <paramref name="k"/>.</summary>
    private static DateOnly NewMoonDay(int k) =>
        DateOnly.FromDayNumber((int)Math.Floor(Astronomy.NewMoon(k) + UtcOffsetDays - Astronomy.JulianDayOfDayZero));

    /// <summary>The index of the last new moon on or before <paramref name="day"/> (local).</summary>
    private static int NewMoonIndexOn(DateOnly day)
    {
        var k = (int)Math.Floor((Astronomy.JulianDayOfDayZero + day.DayNumber - 2451550.09766) / 29.530588861);
        while (NewMoonDay(k + 1) <= day) k++;
        while (NewMoonDay(k) > day) k--;
        return k;
    }
}

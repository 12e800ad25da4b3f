namespace KpiDashboard.Metrics.Calendar;

/// <summary>
/// The public holidays of the Labour Code 2019 (Law 45/2019/QH14), Art. 112, for a year without a Government schedule,
/// and the compensatory days of Art. 111(3) and Decree 145/2020/NĐ-CP, Art. 58: a holiday on a Saturday or Sunday is
/// taken on the next working day.
/// </summary>
public static class PublicHolidays
{
    public static IReadOnlySet<DateOnly> Of(int year)
    {
        var holidays = new SortedSet<DateOnly> { new(year, 1, 1), new(year, 4, 30), new(year, 5, 1), new(year, 9, 2), NationalDayCompanion(year) };
        // Tết: five days; without a schedule, the last day of the old year and the first four of the new one.
        var tet = VietnameseLunarCalendar.NewYear(year);
        for (var d = -1; d < 4; d++) holidays.Add(tet.AddDays(d));
        holidays.Add(VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)));

        var days = new HashSet<DateOnly>(holidays);
        foreach (var holiday in holidays.Where(IsWeekend))
        {
            var compensatory = holiday.AddDays(1);
            while (IsWeekend(compensatory) || days.Contains(compensatory)) compensatory = compensatory.AddDays(1);
            days.Add(compensatory);
        }
        return days;
    }

    /// <summary>
    /// "2 September and one day before or after it": the law leaves the choice to the Prime Minister. Without a
    /// schedule this takes the day that joins the weekend: Monday the 3rd after a Monday, else the 1st.
    /// </summary>
    private static DateOnly NationalDayCompanion(int year)
    {
        var national = new DateOnly(year, 9, 2);
        return national.DayOfWeek == DayOfWeek.Monday ? national.AddDays(1) : national.AddDays(-1);
    }

    public static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}

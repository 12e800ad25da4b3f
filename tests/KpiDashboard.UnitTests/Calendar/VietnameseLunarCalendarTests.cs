using System.Globalization;
using KpiDashboard.Metrics.Calendar;

namespace KpiDashboard.UnitTests.Calendar;

public sealed class VietnameseLunarCalendarTests
{
    [Theory]
    [InlineData(1985, "1985-01-21")] // China: 20 February 1985
    [InlineData(2007, "2007-02-17")] // China: 18 February 2007
    [InlineData(2020, "2020-01-25")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2030, "2030-02-02")] // China (and .NET): 3 February 2030
    [InlineData(2033, "2033-01-31")]
    [InlineData(2034, "2034-02-19")] // after the leap month 11 of 2033, whose span holds two major terms
    public void Tet_is_Vietnams(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.NewYear(year));

    [Fact]
    public void Tet_2030_differs_from_dotnets_Chinese_calendar()
    {
        var chinese = new ChineseLunisolarCalendar();
        var dotnet = DateOnly.FromDateTime(chinese.ToDateTime(2030, 1, 1, 0, 0, 0, 0));
        Assert.Equal(new DateOnly(2030, 2, 3), dotnet);
        Assert.Equal(new DateOnly(2030, 2, 2), VietnameseLunarCalendar.NewYear(2030));
    }

    [Theory]
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_tenth_of_the_third_month(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), VietnameseLunarCalendar.ToSolar(new LunarDate(year, 3, 10)));

    [Fact]
    public void The_leap_month_of_2023_is_a_second_month_2()
    {
        // 2023 (Quý Mão) had a leap second month, from 22 March to 19 April 2023.
        Assert.Equal(new LunarDate(2023, 2, 1, IsLeapMonth: true), VietnameseLunarCalendar.FromSolar(new DateOnly(2023, 3, 22)));
        Assert.Equal(new LunarDate(2023, 3, 1), VietnameseLunarCalendar.FromSolar(new DateOnly(2023, 4, 20)));
    }

    [Fact]
    public void Solar_and_lunar_dates_round_trip_over_decades()
    {
        for (var day = new DateOnly(1990, 1, 1); day < new DateOnly(2040, 1, 1); day = day.AddDays(1))
        {
            var lunar = VietnameseLunarCalendar.FromSolar(day);
            Assert.Equal(day, VietnameseLunarCalendar.ToSolar(lunar));
            Assert.InRange(lunar.Day, 1, 30);
        }
    }

    [Fact]
    public void The_last_day_of_the_year_before_Tet_2025_is_the_29th_of_the_twelfth_month()
    {
        Assert.Equal(new LunarDate(2024, 12, 29), VietnameseLunarCalendar.FromSolar(new DateOnly(2025, 1, 28)));
        Assert.Equal(29, VietnameseLunarCalendar.DaysInMonth(new LunarDate(2024, 12, 1)));
    }
}

namespace KpiDashboard.Metrics.Calendar;

/// <summary>
/// The two astronomical quantities a lunisolar calendar needs, from the series in J. Meeus, Astronomical Algorithms
/// (2nd ed.): the instant of a new moon (ch. 49) and the sun's apparent longitude (ch. 25, low accuracy, about 0.01°).
/// Times are Julian days; <see cref="NewMoon"/> returns Universal Time.
/// </summary>
internal static class Astronomy
{
    /// <summary>The Julian day of midnight (UT) starting 0001-01-01, DateOnly's day 0.</summary>
    public const double JulianDayOfDayZero = 1721425.5;

    /// <summary>The k-th new moon counted from the one of 6 January 2000 (k = 0), in UT.</summary>
    public static double NewMoon(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;
        var jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        var e = 1 - 0.002516 * t - 0.0000074 * t2;
        var m = Radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        var mm = Radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        var f = Radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        var omega = Radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        var correction =
            -0.40720 * Math.Sin(mm)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mm)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mm - m)
            - 0.00514 * e * Math.Sin(mm + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mm - 2 * f)
            - 0.00057 * Math.Sin(mm + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mm + m)
            - 0.00042 * Math.Sin(3 * mm)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mm - m)
            - 0.00017 * Math.Sin(omega)
            - 0.00007 * Math.Sin(mm + 2 * m)
            + 0.00004 * Math.Sin(2 * mm - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mm + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mm + 2 * f)
            - 0.00003 * Math.Sin(mm + m + 2 * f)
            + 0.00003 * Math.Sin(mm - m + 2 * f)
            - 0.00002 * Math.Sin(mm - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mm + m)
            + 0.00002 * Math.Sin(4 * mm);

        // The planetary arguments A1..A14 of the same chapter.
        double[] arguments =
        [
            299.77 + 0.107408 * k - 0.009173 * t2, 251.88 + 0.016321 * k, 251.83 + 26.651886 * k, 349.42 + 36.412478 * k,
            84.66 + 18.206239 * k, 141.74 + 53.303771 * k, 207.14 + 2.453732 * k, 154.84 + 7.306860 * k,
            34.52 + 27.261239 * k, 207.19 + 0.121824 * k, 291.34 + 1.844379 * k, 161.72 + 24.198154 * k,
            239.56 + 25.513099 * k, 331.55 + 3.592518 * k,
        ];
        double[] coefficients =
        [
            0.000325, 0.000165, 0.000164, 0.000126, 0.000110, 0.000062, 0.000060,
            0.000056, 0.000047, 0.000042, 0.000040, 0.000037, 0.000035, 0.000023,
        ];
        for (var i = 0; i < arguments.Length; i++) correction += coefficients[i] * Math.Sin(Radians(arguments[i]));

        jde += correction;
        return jde - DeltaTSeconds(YearOf(jde)) / 86400.0;
    }

    /// <summary>The sun's apparent longitude in degrees [0, 360) at a Julian day in UT.</summary>
    public static double SunLongitude(double julianDayUt)
    {
        var jde = julianDayUt + DeltaTSeconds(YearOf(julianDayUt)) / 86400.0;
        var t = (jde - 2451545.0) / 36525;
        var l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
        var m = Radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t);
        var c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.Sin(m)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * m)
            + 0.000289 * Math.Sin(3 * m);
        var omega = Radians(125.04 - 1934.136 * t);
        var apparent = l0 + c - 0.00569 - 0.00478 * Math.Sin(omega);
        apparent %= 360;
        return apparent < 0 ? apparent + 360 : apparent;
    }

    /// <summary>Terrestrial minus Universal Time, from the polynomial fits of Espenak and Meeus (NASA, 2006).</summary>
    internal static double DeltaTSeconds(double year)
    {
        if (year < 1941) { var u = (year - 1820) / 100; return -20 + 32 * u * u; }
        if (year < 1961) { var t = year - 1950; return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547; }
        if (year < 1986) { var t = year - 1975; return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718; }
        if (year < 2005)
        {
            var t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
                + 0.00002373599 * t * t * t * t * t;
        }
        if (year < 2050) { var t = year - 2000; return 62.92 + 0.32217 * t + 0.005589 * t * t; }
        if (year < 2150) { var u = (year - 1820) / 100; return -20 + 32 * u * u - 0.5628 * (2150 - year); }
        { var u = (year - 1820) / 100; return -20 + 32 * u * u; }
    }

    private static double YearOf(double julianDay) => 2000 + (julianDay - 2451545.0) / 365.25;

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}

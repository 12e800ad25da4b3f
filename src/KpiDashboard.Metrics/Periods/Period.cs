using System.Globalization;
using System.Text.RegularExpressions;

namespace KpiDashboard.Metrics.Periods;

/// <summary>A reporting period: a month, a quarter, a half or a year, always a whole run of months.</summary>
public sealed partial record Period(PeriodKind Kind, int Year, int Index)
{
    public Month First => Kind switch
    {
        PeriodKind.Month => new Month(Year, Index),
        PeriodKind.Quarter => new Month(Year, (Index - 1) * 3 + 1),
        PeriodKind.Half => new Month(Year, (Index - 1) * 6 + 1),
        _ => new Month(Year, 1),
    };

    public int MonthCount => Kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.Half => 6,
        _ => 12,
    };

    public Month Last => First.AddMonths(MonthCount - 1);

    public IEnumerable<Month> Months => Enumerable.Range(0, MonthCount).Select(First.AddMonths);

    /// <summary>The period of the same kind just before this one.</summary>
    public Period Previous => Shift(-1);

    /// <summary>The same period a year earlier.</summary>
    public Period SameLastYear => this with { Year = Year - 1 };

    public Period Shift(int count)
    {
        var perYear = 12 / MonthCount;
        var index = Year * perYear + (Index - 1) + count;
        return this with { Year = index / perYear, Index = index % perYear + 1 };
    }

    public static Period OfMonth(Month month) => new(PeriodKind.Month, month.Year, month.Number);

    /// <summary>Canonical text: 2025-07, 2025-Q3, 2025-H1, 2025.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Index:D2}"),
        PeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-Q{Index}"),
        PeriodKind.Half => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-H{Index}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>Parses a month (yyyy-MM, MM/yyyy, "tháng 7/2025", "tháng 7 năm 2025"), 2025-Q3, 2025-H1 or 2025.</summary>
    public static bool TryParse(string? text, out Period period)
    {
        period = null!;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var t = text.Trim(' ');
        if (Month.TryParseText(t, out var month))
        {
            period = OfMonth(month);
            return true;
        }
        var m = QuarterOrHalf().Match(t);
        if (m.Success)
        {
            var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var index = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture);
            var isQuarter = char.ToUpperInvariant(m.Groups[2].Value[0]) == 'Q';
            if (index < 1 || index > (isQuarter ? 4 : 2) || !ValidYear(year)) return false;
            period = new Period(isQuarter ? PeriodKind.Quarter : PeriodKind.Half, year, index);
            return true;
        }
        if (t.Length == 4 && int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && ValidYear(y))
        {
            period = new Period(PeriodKind.Year, y, 1);
            return true;
        }
        return false;
    }

    public static Period Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"Kỳ báo cáo không hợp lệ / invalid period: '{text}'");

    internal static bool ValidYear(int year) => year is >= 2000 and <= 2100;

    [GeneratedRegex(@"^([0-9]{4})-([QqHh])([0-9])\z")]
    private static partial Regex QuarterOrHalf();
}

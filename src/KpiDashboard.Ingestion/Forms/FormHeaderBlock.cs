using System.Globalization;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;

namespace KpiDashboard.Ingestion.Forms;

/// <summary>What the header block above the table says: the reporting unit and the reporting period, as written.</summary>
/// <param name="UnitCell">Address of the cell the unit came from, for error messages.</param>
internal sealed partial record FormHeaderBlock(string? Unit, string UnitCell, string? PeriodText, string PeriodCell, Month? Month, bool PeriodNotAMonth)
{
    public static FormHeaderBlock Read(FormSheet sheet, int headerTop)
    {
        string? unit = null, unitCell = "", periodText = null, periodCell = "";
        Month? month = null;
        var notAMonth = false;
        for (var r = 1; r < headerTop; r++)
            for (var c = 1; c <= sheet.ColumnCount; c++)
            {
                var text = sheet.Cell(r, c).Text;
                if (text.Length == 0) continue;
                var plain = VietnameseText.PlainKey(text);
                if (unit is null && (plain.StartsWith("don vi bao cao", StringComparison.Ordinal) || plain.StartsWith("reporting unit", StringComparison.Ordinal)))
                {
                    var value = AfterLabel(text);
                    // The label alone in its cell: the unit is in the next filled cell of the row.
                    if (value.Length == 0)
                        for (var next = c + 1; next <= sheet.ColumnCount && value.Length == 0; next++)
                            (value, unitCell) = (sheet.Cell(r, next).Text, FormSheet.Address(r, next));
                    else unitCell = FormSheet.Address(r, c);
                    if (value.Length > 0) unit = value;
                }
                if (periodText is null && (plain.Contains("ky bao cao", StringComparison.Ordinal) || plain.Contains("reporting period", StringComparison.Ordinal) || MonthWords().IsMatch(plain)))
                {
                    var parsed = ParsePeriod(plain);
                    if (parsed.Month is null && !parsed.NotAMonth) continue;
                    (periodText, periodCell, month, notAMonth) = (text, FormSheet.Address(r, c), parsed.Month, parsed.NotAMonth);
                }
            }
        return new FormHeaderBlock(unit, unitCell, periodText, periodCell, month, notAMonth);
    }

    private static string AfterLabel(string text)
    {
        var colon = text.IndexOf(':');
        return colon < 0 ? "" : text[(colon + 1)..].Trim();
    }

    /// <summary>"tháng 7 năm 2025", "tháng 07/2025", or "từ ngày 01/07/2025 đến ngày 31/07/2025" (or 15/06–14/07) when the dates are one month's window.</summary>
    internal static (Month? Month, bool NotAMonth) ParsePeriod(string plain)
    {
        var m = MonthWords().Match(plain);
        if (m.Success && KpiDashboard.Metrics.Periods.Month.TryParseText($"{m.Groups[2].Value}-{m.Groups[1].Value.PadLeft(2, '0')}", out var month))
            return (month, false);
        var range = DateRange().Match(plain);
        if (range.Success)
        {
            var from = Date(range.Groups[1].Value, range.Groups[2].Value, range.Groups[3].Value);
            var to = Date(range.Groups[4].Value, range.Groups[5].Value, range.Groups[6].Value);
            if (from is { } f && to is { } t)
            {
                var last = KpiDashboard.Metrics.Periods.Month.Of(t);
                // A calendar month, or a month's window under Decree 09 (15th of the month before to the 14th).
                var window = Enum.GetValues<ReportingWindowKind>().Any(kind => ReportingCalendar.Window(Period.OfMonth(last), kind) == new DateRange(f, t));
                return window ? (last, false) : (null, true);
            }
        }
        // Quarters, halves and years are reported on the same form, but facts are monthly.
        return (null, QuarterOrYear().IsMatch(plain));
    }

    private static DateOnly? Date(string d, string m, string y) =>
        DateOnly.TryParseExact($"{d.PadLeft(2, '0')}/{m.PadLeft(2, '0')}/{y}", "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    // PlainKey turns "/" and punctuation into spaces: "tháng 07/2025" is "thang 07 2025".
    [GeneratedRegex(@"thang ([0-9]{1,2}) (?:nam )?([0-9]{4})")]
    private static partial Regex MonthWords();

    [GeneratedRegex(@"(?:tu ngay|from) ([0-9]{1,2}) ([0-9]{1,2}) ([0-9]{4}) (?:den ngay|to) ([0-9]{1,2}) ([0-9]{1,2}) ([0-9]{4})")]
    private static partial Regex DateRange();

    [GeneratedRegex(@"ky bao cao (?:quy|6 thang|nam|sau thang)")]
    private static partial Regex QuarterOrYear();
}

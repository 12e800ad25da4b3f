using System.Globalization;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>Reads the cells of a dossier list: dates (Vietnam time), channels and outcomes in Vietnamese or English.</summary>
public static class DossierValues
{
    private static readonly string[] DateFormats =
    [
        "yyyy-MM-dd", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "dd/MM/yyyy", "d/M/yyyy", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm:ss",
    ];

    /// <summary>
    /// A date, or a date and time, in Vietnam time; a time with an offset ("Z", "+00:00") is converted to Vietnam's
    /// day first. A spreadsheet's date serial (45870) is read as the day it shows.
    /// </summary>
    public static bool TryParseDay(string text, out DateOnly day)
    {
        text = text.Trim();
        day = default;
        if (text.Length == 0) return false;
        // The usual export's form first, without trying every format of the list on each of a million rows.
        if (TryParseIsoDay(text, out day)) return true;
        if (DateTime.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            day = DateOnly.FromDateTime(local);
            return true;
        }
        if ((text.EndsWith('Z') || text.Contains('+') || text.LastIndexOf('-') > 7)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            day = DateOnly.FromDateTime(VietnamTime.ToVietnam(instant).DateTime);
            return true;
        }
        if (double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var serial) && serial is >= 20000 and < 80000)
        {
            day = DateOnly.FromDateTime(DateTime.FromOADate(serial));
            return true;
        }
        return false;
    }

    /// <summary>"yyyy-MM-dd" read digit by digit: a million rows hold three million of them, and TryParseExact costs more than the row's other checks.</summary>
    private static bool TryParseIsoDay(string text, out DateOnly day)
    {
        day = default;
        if (text.Length != 10 || text[4] != '-' || text[7] != '-'
            || !TryDigits(text.AsSpan(0, 4), out var year) || !TryDigits(text.AsSpan(5, 2), out var month) || !TryDigits(text.AsSpan(8, 2), out var dayOfMonth)
            || year < 1 || month is < 1 or > 12 || dayOfMonth < 1 || dayOfMonth > DateTime.DaysInMonth(year, month))
            return false;
        day = new DateOnly(year, month, dayOfMonth);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    // The canonical words are matched as they are before any folding, which a million rows would pay for.
    public static bool? ParseChannel(string text) => text switch
    {
        "online" => true,
        "offline" => false,
        _ => PlainChannel(text),
    };

    private static bool? PlainChannel(string text) => VietnameseText.PlainKey(text) switch
    {
        "online" or "truc tuyen" or "dvc truc tuyen" or "qua mang" => true,
        "offline" or "truc tiep" or "buu chinh" or "dich vu buu chinh" or "buu chinh cong ich" or "in person" or "post" or "truc tiep buu chinh" => false,
        _ => null,
    };

    /// <returns>False for text that names no outcome; <paramref name="outcome"/> null for an empty cell.</returns>
    public static bool TryParseOutcome(string text, out DossierOutcome? outcome)
    {
        outcome = text switch
        {
            "" => null,
            "resolved" => DossierOutcome.Resolved,
            "stopped" => DossierOutcome.Stopped,
            "refused" => DossierOutcome.Refused,
            _ => PlainOutcome(text),
        };
        if (outcome == (DossierOutcome)(-1)) { outcome = null; return false; }
        return true;
    }

    private static DossierOutcome? PlainOutcome(string text) => VietnameseText.PlainKey(text) switch
    {
        "" => null,
        "resolved" or "da giai quyet" or "giai quyet" or "tra ket qua" or "da tra ket qua" or "hoan thanh" => DossierOutcome.Resolved,
        "stopped" or "dung" or "dung xu ly" or "dung giai quyet" or "rut ho so" => DossierOutcome.Stopped,
        "refused" or "tu choi" or "khong giai quyet" => DossierOutcome.Refused,
        _ => (DossierOutcome)(-1),
    };
}

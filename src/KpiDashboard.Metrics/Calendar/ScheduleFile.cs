using System.Globalization;
using System.Reflection;

namespace KpiDashboard.Metrics.Calendar;

/// <summary>
/// A yearly schedule as CSV: <c>date,kind,source</c> (date yyyy-MM-dd or dd/MM/yyyy; kind <c>off</c> or <c>work</c>,
/// also <c>nghỉ</c> / <c>làm</c>; source: the notice the day comes from). Lines starting with # are comments.
/// </summary>
public static class ScheduleFile
{
    public sealed record Problem(int Line, string Column, string Value, string Message, string MessageEn);

    public sealed record Result(IReadOnlyList<ScheduledDay> Days, IReadOnlyList<Problem> Problems);

    public static IReadOnlyList<ScheduledDay> Shipped { get; } = LoadShipped();

    /// <summary>The largest schedule taken: a year's is a few dozen lines.</summary>
    public const long MaxBytes = 256 * 1024;

    /// <summary>The longest source: a notice's number and title ("Văn bản 8726/VPCP-KGVX …"); the column holds as much.</summary>
    public const int MaxSourceChars = 500;

    public static Result Read(TextReader reader)
    {
        var days = new List<ScheduledDay>();
        var problems = new List<Problem>();
        var seen = new Dictionary<DateOnly, int>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            line = line.Trim().TrimStart('\uFEFF');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = Split(line);
            if (cells[0].Equals("date", StringComparison.OrdinalIgnoreCase) || cells[0].Equals("ngày", StringComparison.OrdinalIgnoreCase)) continue;
            if (cells.Count < 3 || cells[2].Length == 0)
            {
                problems.Add(new(number, "source", "", "Cần ba cột: date,kind,source (nguồn là bắt buộc).", "Three columns are needed: date,kind,source (the source is required)."));
                continue;
            }
            if (cells[2].Length > MaxSourceChars)
            {
                problems.Add(new(number, "source", string.Concat(cells[2].AsSpan(0, 40), "…"),
                    $"Nguồn dài {cells[2].Length} ký tự, tối đa {MaxSourceChars}.", $"The source is {cells[2].Length} characters long, at most {MaxSourceChars}."));
                continue;
            }
            if (!TryParseDate(cells[0], out var date))
            {
                problems.Add(new(number, "date", cells[0], $"Ngày không hợp lệ '{cells[0]}': cần yyyy-MM-dd hoặc dd/MM/yyyy.", $"Invalid date '{cells[0]}': expected yyyy-MM-dd or dd/MM/yyyy."));
                continue;
            }
            var (first, last) = WorkingCalendar.Range;
            if (date < first || date > last)
            {
                problems.Add(new(number, "date", cells[0], $"Ngày {cells[0]} ngoài khoảng {first.Year}–{last.Year}.", $"Date {cells[0]} is outside {first.Year}–{last.Year}."));
                continue;
            }
            DayKind? kind = cells[1].ToLowerInvariant() switch { "off" or "nghỉ" => DayKind.Off, "work" or "làm" or "làm việc" => DayKind.Work, _ => null };
            if (kind is null)
            {
                problems.Add(new(number, "kind", cells[1], $"Loại ngày không hợp lệ '{cells[1]}': cần off (nghỉ) hoặc work (làm).", $"Invalid kind '{cells[1]}': expected off or work."));
                continue;
            }
            if (!seen.TryAdd(date, number))
            {
                problems.Add(new(number, "date", cells[0], $"Ngày {cells[0]} trùng với dòng {seen[date]}.", $"Date {cells[0]} repeats line {seen[date]}."));
                continue;
            }
            days.Add(new ScheduledDay(date, kind.Value, cells[2]));
        }
        return new Result(days, problems);
    }

    public static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Commas separate; a source with commas is quoted.</summary>
    private static List<string> Split(string line)
    {
        var cells = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '"' && quoted && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { cells.Add(current.ToString().Trim()); current.Clear(); }
            else current.Append(c);
        }
        cells.Add(current.ToString().Trim());
        return cells;
    }

    private static IReadOnlyList<ScheduledDay> LoadShipped()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KpiDashboard.Metrics.Calendar.government-schedules.csv")
            ?? throw new InvalidOperationException("The shipped calendar schedules are missing from the assembly.");
        using var reader = new StreamReader(stream);
        var result = Read(reader);
        if (result.Problems.Count > 0) throw new InvalidOperationException($"The shipped calendar schedules are invalid: line {result.Problems[0].Line}: {result.Problems[0].MessageEn}");
        return result.Days;
    }
}

using System.Globalization;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Reporting.Charts;

using KpiDashboard.Reporting.Maps;

namespace KpiDashboard.Reporting.Email;

/// <summary>The words and number formats of a summary, in Vietnamese (vi-VN) or English (en-US).</summary>
internal static class SummaryText
{
    public sealed record Line(string Label, string Value, string VsPrevious, string VsLastYear, bool Incomplete);

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static CultureInfo Culture(SummaryData d) => d.English ? VietnameseFormat.English : VietnameseFormat.Vietnamese;

    public static string MonthName(Month m, bool en) => en ? $"{EnglishMonths[m.Number - 1]} {m.Year}" : $"tháng {m.Number}/{m.Year}";

    public static string Subject(SummaryData d) => d.English
        ? $"Report for {MonthName(d.Period, true)}: dossier handling – {d.ScopeName}"
        : $"Báo cáo tháng {d.Period.Number}/{d.Period.Year}: tình hình giải quyết hồ sơ – {d.ScopeName}";

    public static string Greeting(SummaryData d) => d.English ? $"Dear {d.RecipientName}," : $"Kính gửi {d.RecipientName},";

    public static string Intro(SummaryData d)
    {
        var days = ReportingCalendar.Window(Period.OfMonth(d.Period), d.Window);
        var from = days.From.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var to = days.To.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return d.English
            ? $"Administrative-procedure dossiers of {d.ScopeName} in {MonthName(d.Period, true)} ({from} – {to}), compared with the previous month and the same month last year."
            : $"Tình hình giải quyết hồ sơ thủ tục hành chính của {d.ScopeName} trong {MonthName(d.Period, false)} (từ ngày {from} đến ngày {to}), so với tháng trước và cùng kỳ năm trước.";
    }

    public static (string Label, string Value, string Previous, string LastYear) Header(SummaryData d) => d.English
        ? ("Indicator", MonthName(d.Period, true), "vs previous month", "vs same month last year" + (d.LastYearApproximate ? " (≈)" : ""))
        : ("Chỉ tiêu", $"Tháng {d.Period.Number}/{d.Period.Year}", "So với tháng trước", "So với cùng kỳ" + (d.LastYearApproximate ? " (≈)" : ""));

    /// <summary>The rule behind "≈", when the same month last year or a trend month is approximate.</summary>
    public static string? ApproximateNote(SummaryData d) => !d.LastYearApproximate && !d.Trend.Any(p => p.Approximate) && d.Rank?.Approximate != true ? null : d.English
        ? "(≈) Approximate: before 01/07/2025 the commune's figures are the sum of the old communes that went into it; an old commune that was split counts whole in the new commune the mapping names first."
        : "(≈) Gần đúng: trước 01/07/2025, số liệu của xã là tổng số liệu của các xã cũ hợp nhất vào xã; một xã cũ bị chia được tính toàn bộ vào xã mới nêu đầu tiên trong bảng chuyển đổi.";

    public static IReadOnlyList<Line> Lines(SummaryData d)
    {
        var en = d.English;
        return
        [
            Count(d, en ? "Received in the month" : "Tiếp nhận trong kỳ", f => f.Received),
            Count(d, en ? "Resolved" : "Đã giải quyết", f => f.Resolved),
            Count(d, en ? "of which early" : "trong đó trước hạn", f => f.ResolvedEarly),
            Count(d, en ? "of which on time" : "trong đó đúng hạn", f => f.ResolvedOnTime),
            Count(d, en ? "of which late" : "trong đó quá hạn", f => f.ResolvedLate),
            Count(d, en ? "Pending at the end of the month" : "Đang giải quyết cuối kỳ", f => f.Pending),
            Count(d, en ? "Overdue backlog" : "Tồn đọng quá hạn", f => f.PendingOverdue),
            Percent(d, en ? "Online share" : "Tỷ lệ tiếp nhận trực tuyến", f => f.OnlineShare),
            Percent(d, en ? "On-time rate (form ratio)" : "Tỷ lệ đúng hạn (theo biểu mẫu)", f => f.OnTimeRate),
            Percent(d, en ? "On-time rate (national index, Decision 766)" : "Tỷ lệ đúng hạn (chỉ số 766/QĐ-TTg)", f => f.OnTimeRateIndex),
        ];
    }

    private static Line Count(SummaryData d, string label, Func<Figures, Quantity> pick)
    {
        var c = Culture(d);
        var now = pick(d.Current);
        return new Line(label, VietnameseFormat.Count(now, c), CountChange(now, pick(d.Previous), c), CountChange(now, pick(d.LastYear), c),
            now.IsKnown && !now.Complete);
    }

    private static Line Percent(SummaryData d, string label, Func<Figures, Rate> pick)
    {
        var c = Culture(d);
        var now = pick(d.Current);
        var points = d.English ? "pts" : "điểm %";
        return new Line(label, VietnameseFormat.Percent(now, c), RateChange(now, pick(d.Previous), c, points), RateChange(now, pick(d.LastYear), c, points),
            now.Value.HasValue && !now.Complete);
    }

    /// <summary>"+12 (+15,2%)", "−3", "—" when either side is unknown: unknown is never zero.</summary>
    public static string CountChange(Quantity now, Quantity then, CultureInfo c)
    {
        if (now.Value is not { } a || then.Value is not { } b) return VietnameseFormat.Unknown;
        var diff = a - b;
        var text = Signed(diff, diff.ToString("N0", c).TrimStart('-'));
        return b == 0 ? text : $"{text} ({Signed(diff, (Math.Abs(diff) * 100.0 / b).ToString("0.0", c))}%)";
    }

    /// <summary>A change of a rate in percentage points: "+3,1 điểm %".</summary>
    public static string RateChange(Rate now, Rate then, CultureInfo c, string points)
    {
        if (now.Value is not { } a || then.Value is not { } b) return VietnameseFormat.Unknown;
        var diff = Math.Round((a - b) * 100, 1);
        return $"{Signed(diff, Math.Abs(diff).ToString("0.0", c))} {points}";
    }

    private static string Signed(double value, string magnitude) => value > 0 ? "+" + magnitude : value < 0 ? "−" + magnitude : magnitude;

    public static string? Rank(SummaryData d)
    {
        if (d.Rank is not { } r) return null;
        var c = Culture(d);
        var mark = r.Approximate ? " (≈)" : "";
        return d.English
            ? $"Rank by the on-time rate (national index){mark}: {r.Position.ToString(c)} of {r.Of.ToString(c)} {(r.AmongCommunes ? "communes of the province" : "provinces")}."
            : $"Xếp hạng theo tỷ lệ đúng hạn (chỉ số 766){mark}: thứ {r.Position.ToString(c)}/{r.Of.ToString(c)} {(r.AmongCommunes ? "xã, phường của tỉnh" : "tỉnh, thành phố")}.";
    }

    public static string TopFieldsTitle(SummaryData d) => d.English ? "Fields with the most dossiers received" : "Lĩnh vực tiếp nhận nhiều hồ sơ nhất";

    public static string TopLateTitle(SummaryData d) => d.English ? "Fields with the most late dossiers" : "Lĩnh vực có nhiều hồ sơ quá hạn nhất";

    public static string None(SummaryData d) => d.English ? "none" : "không có";

    public static string NamedCount(SummaryData d, NamedCount n) =>
        $"{n.Name}: {n.Count.ToString("N0", Culture(d))}";

    public static string? SilentCommunes(SummaryData d)
    {
        if (d.SilentCommuneCount == 0) return null;
        var c = Culture(d);
        var count = d.SilentCommuneCount.ToString("N0", c);
        if (d.Scope.CommuneCode is not null)
            return d.English ? "This commune sent no figures for the month." : "Xã, phường này chưa gửi số liệu của tháng.";
        if (d.SilentCommunes.Count == 0)
            return d.English ? $"{count} communes sent no figures for the month." : $"{count} xã, phường chưa gửi số liệu của tháng.";
        var more = d.SilentCommuneCount - d.SilentCommunes.Count;
        var list = string.Join(", ", d.SilentCommunes) + (more > 0 ? (d.English ? $" and {more.ToString("N0", c)} more" : $" và {more.ToString("N0", c)} xã, phường khác") : "");
        return d.English ? $"Communes that sent no figures ({count}): {list}." : $"Xã, phường chưa gửi số liệu ({count}): {list}.";
    }

    /// <summary>The warnings a reader must see before trusting the numbers.</summary>
    public static IReadOnlyList<string> Notices(SummaryData d)
    {
        var notices = new List<string>();
        if (d.Current.Rows == 0)
            notices.Add(d.English ? "No figures have been received for this month." : "Chưa có số liệu của tháng này.");
        else if (!d.Current.Complete)
            notices.Add(d.English
                ? "The figures of this month are incomplete: some measures were not reported (marked *), totals over them are lower bounds."
                : "Số liệu tháng này chưa đầy đủ: một số chỉ tiêu chưa được báo cáo (đánh dấu *), các tổng liên quan là giá trị tối thiểu.");
        if (d.Current.HasDemo)
            notices.Add(d.English ? "Demo data: these figures are illustrative, not official." : "Dữ liệu minh họa: số liệu chỉ để trình diễn, không phải số liệu chính thức.");
        return notices;
    }

    public static string ChartTitle(SummaryData d) => TrendTitle(d, d.ChartScopeName ?? d.ScopeName);

    private static string TrendTitle(SummaryData d, string name) => d.English ? $"Last 12 months – {name}" : $"12 tháng gần nhất – {name}";

    /// <summary>The chart in the e-mail: the scope's own 12 months, or a commune's province's.</summary>
    public static TrendChartSpec TrendChart(SummaryData d) =>
        new(ChartTitle(d), ValueLists.From(d.ChartTrend ?? d.Trend)) { Language = d.Language };

    /// <summary>A commune's own 12 months, a table under its province's chart.</summary>
    public static string TrendTableTitle(SummaryData d) => TrendTitle(d, d.ScopeName);

    public static (string Month, string Received, string Resolved, string Rate) TrendTableHeader(SummaryData d) =>
        (d.English ? "Month" : "Tháng", ChartText.Received(d.Language), ChartText.Resolved(d.Language), d.English ? "On-time rate (form ratio)" : "Tỷ lệ đúng hạn (theo biểu mẫu)");

    /// <summary>Oldest first; unknown is "—"; a month of approximate comparable figures is marked "≈".</summary>
    public static IReadOnlyList<(string Month, string Received, string Resolved, string Rate)> TrendTable(SummaryData d) =>
        [.. d.Trend.OrderBy(p => p.Month).Select(p => (
            ChartText.Month(p.Month, d.Language) + (p.Approximate ? " (≈)" : ""),
            p.Received is { } r ? ChartText.Count(r, d.Language) : VietnameseFormat.Unknown,
            p.Resolved is { } v ? ChartText.Count(v, d.Language) : VietnameseFormat.Unknown,
            ChartText.Percent(p.OnTimeRate, d.Language)))];

    public static string MapTitle(SummaryData d) => $"{MapKpi.Default.Label(d.Language)}, {MonthName(d.Period, d.English)}";

    /// <summary>The map's alternative text, also the plain-text part's line for it.</summary>
    public static string MapAlt(SummaryData d) => d.English
        ? $"Map of the 34 provinces coloured by the on-time rate (national index 2.1), {MonthName(d.Period, true)}: darker is better; hatched grey is no data."
        : $"Bản đồ 34 tỉnh, thành phố tô màu theo tỷ lệ đúng hạn (chỉ số 2.1), {MonthName(d.Period, false)}: màu đậm hơn là tốt hơn; gạch chéo xám là không có số liệu.";

    public static string DashboardLink(SummaryData d) => d.English ? "Open the dashboard" : "Xem trên bảng điều khiển";

    public static string AttachmentNote(SummaryData d, bool attached) => attached
        ? (d.English ? "The official form (Biểu số 06/VPCP/KSTT) for the month is attached." : "Biểu số 06/VPCP/KSTT của tháng được đính kèm.")
        : (d.English ? "The official form is not attached to this e-mail; download it from the dashboard." : "Thư này chưa đính kèm biểu mẫu; vui lòng tải biểu mẫu trên bảng điều khiển.");

    public static string Unsubscribe(SummaryData d) => d.English ? "Unsubscribe from these e-mails" : "Hủy nhận thư báo cáo này";

    public static string Footer(SummaryData d) => d.English
        ? "You receive this e-mail because you subscribed to the monthly summaries of KpiDashboard."
        : "Bạn nhận được thư này vì đã đăng ký nhận báo cáo hằng tháng của KpiDashboard.";
}

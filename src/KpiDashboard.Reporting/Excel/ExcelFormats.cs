using ClosedXML.Excel;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// How figures go into cells. Unknown is an empty cell, never 0. A figure that is only the sum of the known parts
/// stays a number but is shown with a trailing "*" by its number format, explained by a note under the table:
/// a marker in the format survives printing and PDF, unlike a comment, and keeps the cell summable.
/// </summary>
public static class ExcelFormats
{
    /// <summary>Whole numbers with thousands separators (Excel shows 1.234 in a Vietnamese locale).</summary>
    public const string Count = "#,##0";

    /// <summary>A count that is only the sum of the known parts.</summary>
    public const string IncompleteCount = "#,##0\"*\"";

    public const string Percent = "0.0%";

    /// <summary>A rate computed from incomplete counts.</summary>
    public const string IncompletePercent = "0.0%\"*\"";

    public const string FontName = "Times New Roman";

    internal static void SetCount(IXLCell cell, Quantity quantity)
    {
        cell.Style.NumberFormat.Format = quantity.Complete || !quantity.IsKnown ? Count : IncompleteCount;
        if (quantity.Value is { } value) cell.SetValue(value);
    }

    internal static void SetRate(IXLCell cell, Rate rate)
    {
        cell.Style.NumberFormat.Format = rate.Complete || rate.Value is null ? Percent : IncompletePercent;
        if (rate.Value is { } value) cell.SetValue(value);
    }
}

using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Forms;

/// <summary>Tells field rows from group, subtotal and total rows by their names, as officials write them.</summary>
internal static partial class FormRowNames
{
    /// <summary>"1. Tần số vô tuyến điện", "2 - Sở hữu trí tuệ", "I. Cấp tỉnh", "a) …", "- …" without the numbering.</summary>
    public static string StripNumbering(string name) => Numbering().Replace(name.Trim(), "").Trim();

    public static bool IsRoman(string text) => Roman().IsMatch(text.Trim().TrimEnd('.'));

    /// <param name="isField">Whether the name (numbering stripped) is a known field: a roman-numbered row that is not one is a group.</param>
    public static (FormRowKind Kind, FormLevel Level) Classify(string stt, string name, Func<string, bool> isField)
    {
        var plain = VietnameseText.PlainKey(StripNumbering(name));
        if (plain is "tong" or "tong so" or "cong" or "tong cong" or "tong cong chung" || plain.StartsWith("tong cong ", StringComparison.Ordinal)
            || plain.StartsWith("tong so chung", StringComparison.Ordinal) || plain == "toan tinh" || plain == "tong toan tinh"
            || plain is "total" or "grand total")
            return (FormRowKind.GrandTotal, FormLevel.Unit);
        if (plain.StartsWith("cong ", StringComparison.Ordinal) || plain.StartsWith("tong ", StringComparison.Ordinal))
            return (FormRowKind.Subtotal, LevelOf(plain));
        if (IsGroup(plain)) return (FormRowKind.Group, LevelOf(plain));
        // This product's English export.
        if (plain == "provincial level") return (FormRowKind.Group, FormLevel.Province);
        if (plain == "commune level") return (FormRowKind.Group, FormLevel.Commune);
        if (plain == "district level") return (FormRowKind.Group, FormLevel.District);
        if ((IsRoman(stt) || RomanPrefix().IsMatch(name.Trim())) && !isField(StripNumbering(name)))
            return (FormRowKind.Group, LevelOf(plain));
        return (FormRowKind.Field, FormLevel.Unit);
    }

    private static bool IsGroup(string plain) =>
        plain.StartsWith("cap ", StringComparison.Ordinal) || plain.Contains("giai quyet theo cap", StringComparison.Ordinal)
        || plain.StartsWith("ubnd cap", StringComparison.Ordinal) || plain.StartsWith("uy ban nhan dan cap", StringComparison.Ordinal)
        || plain is "so ban nganh" or "cac so ban nganh" or "cac co quan cap tinh" or "xa phuong dac khu" or "cac xa phuong dac khu";

    private static FormLevel LevelOf(string plain)
    {
        var p = " " + plain + " ";
        // Before July 2025 the form had a district group (cấp huyện: quận, huyện, thị xã).
        // First: its long name lists "quận, huyện, thị xã", whose "xã" is no commune ("cơ quan" is no district either).
        if (p.Contains(" huyen ", StringComparison.Ordinal)) return FormLevel.District;
        if (p.Contains(" xa ", StringComparison.Ordinal) || p.Contains(" phuong ", StringComparison.Ordinal) || p.Contains(" co so ", StringComparison.Ordinal))
            return FormLevel.Commune;
        if (p.Contains(" tinh ", StringComparison.Ordinal) || p.Contains(" so ", StringComparison.Ordinal) || p.Contains(" thanh pho ", StringComparison.Ordinal))
            return FormLevel.Province;
        return FormLevel.Unit;
    }

    [GeneratedRegex(@"^(?:(?:[IVXLC]+|[0-9]+(?:\.[0-9]+)*|[a-zđ])\s*[\.\):\-–]|[-+•–])\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^[IVXLC]+$")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^([IVXLC]+)\s*[\.\)]\s+")]
    private static partial Regex RomanPrefix();
}

namespace KpiDashboard.Metrics.Names;

/// <summary>Keys for matching the name of a province or commune as people write it.</summary>
public static class UnitName
{
    // Folded (plain) forms of the administrative prefixes, longest first.
    private static readonly string[] Prefixes =
    [
        "thanh pho truc thuoc trung uong", "thanh pho", "tinh", "tp", "dac khu", "phuong", "xa", "thi tran", "thi xa",
    ];

    /// <summary>The name without its administrative prefix ("Tỉnh Phú Thọ" → "Phú Thọ"), as a tone key.</summary>
    public static string Key(string name) => VietnameseText.ToneKey(StripPrefix(name));

    /// <summary>The name without prefix and without diacritics, for input typed without them.</summary>
    public static string PlainKey(string name) => VietnameseText.PlainKey(StripPrefix(name));

    public static string StripPrefix(string name)
    {
        var trimmed = name.Trim();
        var plain = VietnameseText.PlainKey(trimmed);
        // "TP.Hồ Chí Minh", "TP.HCM": the abbreviation glued to the name by a dot.
        if (trimmed.Length > 3 && trimmed.StartsWith("tp.", StringComparison.OrdinalIgnoreCase))
            return trimmed[3..].Trim();
        foreach (var prefix in Prefixes)
        {
            if (plain.Length > prefix.Length && plain.StartsWith(prefix + " ", StringComparison.Ordinal))
                return DropWords(trimmed, prefix.Count(c => c == ' ') + 1);
        }
        return trimmed;
    }

    private static string DropWords(string text, int count)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Skip(count));
    }
}

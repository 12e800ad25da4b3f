using System.Globalization;
using System.Text;

namespace KpiDashboard.Metrics.Names;

/// <summary>
/// Keys for comparing Vietnamese names regardless of case, Unicode normalisation (NFC/NFD)
/// and old or new tone-mark placement ("Thanh Hoá" = "Thanh Hóa").
/// </summary>
public static class VietnameseText
{
    // The five tone marks; the vowel marks (circumflex, breve, horn) stay where they are.
    private const string ToneMarks = "\u0300\u0301\u0303\u0309\u0323";

    /// <summary>Key that keeps every diacritic but ignores where a syllable's tone mark sits.</summary>
    public static string ToneKey(string text) => BuildKey(text, keepDiacritics: true);

    /// <summary>Key without any diacritic ("Hà Tĩnh" and "Ha Tinh" share it; đ becomes d).</summary>
    public static string PlainKey(string text) => BuildKey(text, keepDiacritics: false);

    /// <summary>True when the text carries no Vietnamese diacritic at all.</summary>
    public static bool HasNoDiacritics(string text) => PlainKey(text) == BuildKey(text, keepDiacritics: true);

    private static string BuildKey(string text, bool keepDiacritics)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        char pendingTone = '\0';
        bool inWord = false;

        foreach (var raw in decomposed)
        {
            var c = char.ToLowerInvariant(raw);
            if (ToneMarks.Contains(c))
            {
                pendingTone = c;
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (keepDiacritics) key.Append(c);
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                key.Append(!keepDiacritics && c == 'đ' ? 'd' : c);
                inWord = true;
                continue;
            }
            // Any other character ends a word; punctuation and spacing collapse to one space.
            EndWord(key, ref pendingTone, keepDiacritics);
            if (inWord) key.Append(' ');
            inWord = false;
        }
        EndWord(key, ref pendingTone, keepDiacritics);
        return key.ToString().TrimEnd();
    }

    private static void EndWord(StringBuilder key, ref char pendingTone, bool keepDiacritics)
    {
        if (pendingTone != '\0' && keepDiacritics) key.Append(pendingTone);
        pendingTone = '\0';
    }

    /// <summary>"Vĩnh Phúc" → "Vinh Phuc": the English spelling of a name, keeping its capitals.</summary>
    public static string WithoutDiacritics(string text)
    {
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            plain.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Rewrites old-style tone placement ("Hoá", "Thuỷ") to the modern form used for display
    /// ("Hóa", "Thủy"), and returns NFC text.
    /// </summary>
    public static string ToModernSpelling(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var chars = new StringBuilder(decomposed.Length);
        var words = decomposed.Split(' ');
        for (int w = 0; w < words.Length; w++)
        {
            if (w > 0) chars.Append(' ');
            chars.Append(ModernWord(words[w]));
        }
        return chars.ToString().Normalize(NormalizationForm.FormC);
    }

    // In an open syllable ending in "oa", "oe" or "uy" (not "quy"), the modern form puts the tone on the first vowel.
    private static string ModernWord(string word)
    {
        if (word.Length < 3) return word;
        var tone = word[^1];
        if (!ToneMarks.Contains(tone)) return word;
        var second = char.ToLowerInvariant(word[^2]);
        var first = char.ToLowerInvariant(word[^3]);
        bool pair = (first == 'o' && (second == 'a' || second == 'e')) || (first == 'u' && second == 'y');
        if (!pair) return word;
        if (first == 'u' && word.Length >= 4 && char.ToLowerInvariant(word[^4]) == 'q') return word;
        return string.Concat(word.AsSpan(0, word.Length - 2), tone.ToString(), word[^2].ToString());
    }
}

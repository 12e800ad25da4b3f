using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>Plain text from what people paste or save: HTML loses its tags and keeps its text, paragraphs stay lines.</summary>
public static partial class NarrativeText
{
    public static string Plain(string input)
    {
        var text = Visible(input).Normalize(NormalizationForm.FormC);
        if (!LooksLikeHtml().IsMatch(text)) return text.Replace("\r\n", "\n");
        text = ScriptOrStyle().Replace(text, " ");
        text = BlockEnd().Replace(text, "\n");
        text = Tag().Replace(text, " ");
        text = Visible(WebUtility.HtmlDecode(text)).Replace('\u00A0', ' ');
        return SpaceRuns().Replace(text, " ").Replace(" \n", "\n").Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The text without format characters (zero-width spaces and joiners, bidi marks and overrides, soft hyphens, BOMs) and
    /// control characters but line breaks and tabs: they show nothing, yet "9&lt;ZWSP&gt;1 hồ sơ" split the 91 a reader sees
    /// into a 9 and "1 hồ sơ", and PostgreSQL refuses a NUL in the saved text.
    /// </summary>
    private static string Visible(string text) =>
        text.Any(IsInvisible) ? string.Concat(text.Where(c => !IsInvisible(c))) : text;

    private static bool IsInvisible(char c) =>
        char.IsControl(c) ? c is not ('\n' or '\r' or '\t') : c > '\u007F' && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    [GeneratedRegex(@"<(?:html|body|p|div|br|span|table|td)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeHtml();

    // Linear engines: a page of unclosed "<script" or "<" would make a backtracking search rescan the rest of it at each one.
    [GeneratedRegex(@"<script\b.*?</script\s*>|<style\b.*?</style\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.NonBacktracking)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<\s*(?:br|/p|/div|/li|/tr|/h[0-9])\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>", RegexOptions.NonBacktracking)]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex SpaceRuns();
}

using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>Plain text from what people paste or save: HTML loses its tags and keeps its text, paragraphs stay lines.</summary>
public static partial class NarrativeText
{
    public static string Plain(string input)
    {
        var text = input.Normalize(NormalizationForm.FormC);
        if (!LooksLikeHtml().IsMatch(text)) return text.Replace("\r\n", "\n");
        text = ScriptOrStyle().Replace(text, " ");
        text = BlockEnd().Replace(text, "\n");
        text = Tag().Replace(text, " ");
        text = WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        return SpaceRuns().Replace(text, " ").Replace(" \n", "\n").Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"<(?:html|body|p|div|br|span|table|td)\b", RegexOptions.IgnoreCase)]
    private static partial Regex LooksLikeHtml();

    [GeneratedRegex(@"<(script|style)\b.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex ScriptOrStyle();

    [GeneratedRegex(@"<\s*(?:br|/p|/div|/li|/tr|/h[0-9])\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnd();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex SpaceRuns();
}

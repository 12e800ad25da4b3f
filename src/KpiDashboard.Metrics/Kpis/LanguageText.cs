using System.Diagnostics.CodeAnalysis;

namespace KpiDashboard.Metrics.Kpis;

/// <summary>A <see cref="Language"/> as the code written in links, options and settings: "vi" or "en".</summary>
public static class LanguageText
{
    public static string Code(this Language language) => language == Language.En ? "en" : "vi";

    /// <summary>"vi" or "en" exactly; anything else is not a language (callers that accept "EN " normalise first).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Language? language)
    {
        language = text switch
        {
            "vi" => Language.Vi,
            "en" => Language.En,
            _ => null,
        };
        return language is not null;
    }

    /// <summary>The language of a stored code ("en"), Vietnamese for anything else.</summary>
    public static Language ParseOrVietnamese(string? code) => TryParse(code, out var language) ? language.Value : Language.Vi;

    /// <summary>The text of <paramref name="vi"/> or <paramref name="en"/>, whichever the language is.</summary>
    public static string Pick(this Language language, string vi, string en) => language == Language.En ? en : vi;
}

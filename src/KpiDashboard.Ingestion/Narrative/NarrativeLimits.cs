using System.Globalization;
using System.Text;

namespace KpiDashboard.Ingestion.Narrative;

/// <summary>
/// How long a narrative text may be (configuration section <c>Narrative</c>): the extractor reads this much in well under
/// a second (tests/bench/narrative-bench.sh); a longer text is refused before it is read, on the web (/reported),
/// in <c>kpi extract</c> and in <c>kpi ingest --format text</c>.
/// </summary>
public sealed class NarrativeLimits
{
    public const string Section = "Narrative";

    public static NarrativeLimits Default { get; } = new();

    public int MaxChars { get; set; } = 100_000;

    public string TooLongVi => string.Create(CultureInfo.InvariantCulture, $"Văn bản dài hơn {MaxChars} ký tự: hãy chia nhỏ.");

    public string TooLongEn => string.Create(CultureInfo.InvariantCulture, $"The text is longer than {MaxChars} characters: split it.");

    /// <summary>The whole text, or null when it is longer than <see cref="MaxChars"/> (read no further than that).</summary>
    public async Task<string?> ReadAsync(TextReader reader, CancellationToken ct = default)
    {
        var text = new StringBuilder();
        var buffer = new char[16 * 1024];
        int read;
        while ((read = await reader.ReadAsync(buffer, ct)) > 0)
        {
            if (text.Length + read > MaxChars) return null;
            text.Append(buffer, 0, read);
        }
        return text.ToString();
    }
}

using System.Text;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.UnitTests.Forms;

namespace KpiDashboard.UnitTests.Bounds;

/// <summary>
/// The narrative extractor's work is bounded by the text's length: no sentence it reads is longer than
/// <see cref="NarrativeExtractor.MaxSentenceChars"/> and none has more than <see cref="NarrativeCounts.MaxPerSentence"/>
/// counts, whatever the text; digits of other scripts are no numbers (they used to crash the period parser); a cancelled
/// request stops it. Its speed is measured by `kpi bench narrative`, not here.
/// </summary>
public sealed class NarrativeBoundsTests
{
    private static readonly DateOnly Reference = new(2025, 8, 12);

    private static string Repeat(string phrase, int size)
    {
        var text = new StringBuilder();
        while (text.Length < size) text.Append(phrase);
        return text.ToString();
    }

    [Theory]
    [InlineData("1 ")]
    [InlineData("1234567890")]
    [InlineData("tháng 7 ")]
    [InlineData("1 hồ sơ, ")]
    public void No_sentence_read_is_longer_than_the_limit(string phrase)
    {
        var text = Repeat(phrase, 80_000);
        var sentences = NarrativeExtractor.Sentences(text).ToList();
        Assert.All(sentences, s => Assert.InRange(s.End - s.Start, 1, NarrativeExtractor.MaxSentenceChars));
        Assert.Equal(text.Length, sentences.Sum(s => s.End - s.Start) + sentences.Zip(sentences.Skip(1), (a, b) => b.Start - a.End).Sum());
    }

    [Fact]
    public void A_sentence_of_hundreds_of_counts_reads_only_the_first_ones()
    {
        var counts = NarrativeCounts.In(Repeat("1 hồ sơ, ", 900), []);
        Assert.Equal(NarrativeCounts.MaxPerSentence, counts.Count);
    }

    [Theory]
    [InlineData("Trong tháng ١٢/٢٠٢٥, tỉnh Phú Thọ tiếp nhận ٩١ hồ sơ.")]
    [InlineData("٩ tháng đầu năm ٢٠٢٠, tỉnh Phú Thọ tiếp nhận ٩١ hồ sơ.")]
    [InlineData("Từ ngày ١/٧ đến ngày ٣٠/٩, tỉnh Phú Thọ tiếp nhận ٩١ hồ sơ.")]
    [InlineData("Quý I/٢٠٢٥, tỉnh Phú Thọ đã giải quyết ９１ hồ sơ, đạt ９８%.")]
    public void Digits_of_other_scripts_are_not_numbers(string text)
    {
        var statements = NarrativeExtractor.Extract(text, TestUnits.Directory, BuiltInFields.All, Reference);
        Assert.DoesNotContain(statements, s => s.Figures.Count > 0);
    }

    [Fact]
    public void A_cancelled_request_stops_the_extraction()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() =>
            NarrativeExtractor.Extract(Repeat("Tỉnh Phú Thọ tiếp nhận 91 hồ sơ. ", 10_000), TestUnits.Directory, BuiltInFields.All, Reference, cancelled.Token));
    }

    [Fact]
    public void Html_with_thousands_of_unclosed_tags_is_stripped()
    {
        var html = "<p>Tỉnh Phú Thọ tiếp nhận 91 hồ sơ.</p>" + Repeat("<script <style <", 60_000);
        Assert.StartsWith("Tỉnh Phú Thọ tiếp nhận 91 hồ sơ.", NarrativeText.Plain(html));
    }

    [Fact]
    public async Task The_text_limit_reads_no_further_than_it()
    {
        var limits = new NarrativeLimits { MaxChars = 1000 };
        Assert.Null(await limits.ReadAsync(new StringReader(new string('a', 1001))));
        Assert.Equal(1000, (await limits.ReadAsync(new StringReader(new string('a', 1000))))!.Length);
    }
}

namespace KpiDashboard.UnitTests.Narrative;

/// <summary>
/// Zero-width and bidi characters show nothing: a number with one inside is the number a reader sees, not its last digits
/// ("9&lt;ZWSP&gt;1 hồ sơ" was read as 1 dossier).
/// </summary>
public sealed class InvisibleCharactersTests
{
    [Theory]
    [InlineData("\u200B")]
    [InlineData("\u200D")]
    [InlineData("\u200F")]
    [InlineData("\u202E")]
    [InlineData("\u2066")]
    [InlineData("\u00AD")]
    [InlineData("\uFEFF")]
    public void A_number_with_an_invisible_character_inside_is_read_whole(string invisible)
    {
        var figures = Extract.Figures($"Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 9{invisible}1 hồ sơ, đã giải quyết 1.2{invisible}50 hồ sơ.");

        Assert.Equal(91m, figures["received"]);
        Assert.Equal(1250m, figures["resolved"]);
    }

    [Fact]
    public void An_invisible_character_written_as_an_html_entity_is_dropped_too()
    {
        var figures = Extract.Figures("<p>Trong tháng 7/2025, tỉnh Phú Thọ đã tiếp nhận 9&#8203;1 hồ sơ.</p>");

        Assert.Equal(91m, figures["received"]);
    }
}

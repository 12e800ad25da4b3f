using System.Buffers.Binary;
using System.Text;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Charts;

namespace KpiDashboard.UnitTests.Charts;

public sealed class ChartRendererTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static TheoryData<string, double> SpecsAndScales() => new()
    {
        { "ranking", 1 }, { "ranking", 2 }, { "trend", 1 }, { "trend", 2 }, { "fields", 1 }, { "fields", 2 },
    };

    private static ChartSpec Spec(string name) => name switch
    {
        "ranking" => SampleCharts.Ranking(),
        "trend" => SampleCharts.Trend(),
        _ => SampleCharts.Fields(),
    };

    [Theory]
    [MemberData(nameof(SpecsAndScales))]
    public void Png_has_the_signature_and_the_size_times_the_scale(string name, double scale)
    {
        var png = ChartRenderer.Render(Spec(name), ChartFormat.Png, 640, 480, scale);

        Assert.Equal(PngSignature, png[..8]);
        Assert.Equal("IHDR", Encoding.ASCII.GetString(png, 12, 4));
        Assert.Equal((int)(640 * scale), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)));
        Assert.Equal((int)(480 * scale), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));
    }

    [Fact]
    public void Svg_contains_the_Vietnamese_labels()
    {
        var svg = Svg(SampleCharts.Ranking());

        Assert.StartsWith("<", svg.TrimStart());
        Assert.Contains("<svg", svg);
        Assert.Contains("Hồ Chí Minh", svg);
        Assert.Contains("Đắk Lắk", svg);
        Assert.Contains("Tỷ lệ đúng hạn theo tỉnh, tháng 7/2025", svg);
    }

    [Fact]
    public void Decomposed_names_are_drawn_composed()
    {
        var nfd = "Thanh Hóa".Normalize(NormalizationForm.FormD);
        var spec = new ProvinceRankingChartSpec("Xếp hạng", [new(nfd, 0.9)]);

        Assert.Contains("Thanh Hóa".Normalize(NormalizationForm.FormC), Svg(spec));
    }

    [Fact]
    public void Field_names_are_wrapped_not_lost()
    {
        var svg = Svg(SampleCharts.Fields());

        Assert.Contains("Tần số vô tuyến điện", svg);
        Assert.Contains("Năng lượng nguyên tử, an toàn", svg);
    }

    [Fact]
    public void Unknown_rate_has_no_bar_but_a_dash()
    {
        var spec = new ProvinceRankingChartSpec("Xếp hạng", [new("Phú Thọ", 0.985), new("Lai Châu", null), new("Hà Nội", 0.9)]);

        using var plot = RankingPlot.Build(spec);

        var bars = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).ToList();
        Assert.Equal(2, bars.Count);
        Assert.DoesNotContain(bars, b => b.Value == 0);
        var dash = Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "—");
        Assert.Equal(0, dash.Location.Y); // the last row: unknown ranks after every known rate
        Assert.Contains("—", Svg(spec));
    }

    [Fact]
    public void Unknown_field_count_has_no_bar_but_a_dash()
    {
        var spec = new FieldChartSpec("Lĩnh vực", [new("Bưu chính", 3, null)]);

        using var plot = FieldPlot.Build(spec);

        Assert.Single(plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars));
        Assert.Single(plot.GetPlottables<ScottPlot.Plottables.Text>(), t => t.LabelText == "—");
    }

    [Fact]
    public void Ranking_puts_the_highest_rate_on_top()
    {
        var spec = new ProvinceRankingChartSpec("Xếp hạng", [new("B", 0.8), new("A", 0.99), new("C", null), new("D", 0.9)]);

        Assert.Equal(["A", "D", "B", "C"], spec.Ranked().Select(p => p.Name));
        using var plot = RankingPlot.Build(spec);
        var top = plot.GetPlottables<ScottPlot.Plottables.BarPlot>().SelectMany(b => b.Bars).MaxBy(b => b.Position)!;
        Assert.Equal(0.99, top.Value);
    }

    [Fact]
    public void Vietnamese_formatting_uses_dot_thousands_and_comma_decimals()
    {
        var ranking = Svg(new ProvinceRankingChartSpec("Xếp hạng", [new("Phú Thọ", 0.985)]));
        var fields = Svg(new FieldChartSpec("Lĩnh vực", [new("Bưu chính", 1234, 1000)]));
        var trend = Svg(SampleCharts.Trend(12));

        Assert.Contains("98,5%", ranking);
        Assert.Contains("Mục tiêu 95%", ranking);
        Assert.Contains("1.234", fields);
        Assert.Contains("7/2025", trend);
        Assert.Contains("Tiếp nhận", trend);
    }

    [Fact]
    public void English_formatting_uses_comma_thousands_and_dot_decimals()
    {
        var ranking = Svg(new ProvinceRankingChartSpec("Ranking", [new("Phu Tho", 0.985)]) { Language = Language.En });
        var fields = Svg(new FieldChartSpec("Fields", [new("Postal", 1234, 1000)]) { Language = Language.En });
        var trend = Svg(SampleCharts.Trend(12, Language.En));

        Assert.Contains("98.5%", ranking);
        Assert.Contains("Target 95%", ranking);
        Assert.Contains("1,234", fields);
        Assert.Contains("Jul 2025", trend);
        Assert.DoesNotContain("7/2025", trend);
        Assert.Contains("Received", trend);
    }

    [Fact]
    public void Empty_specs_render()
    {
        Assert.NotEmpty(ChartRenderer.Render(new ProvinceRankingChartSpec("Trống", []), ChartFormat.Png, 400, 300));
        Assert.NotEmpty(ChartRenderer.Render(new TrendChartSpec("Trống", []), ChartFormat.Png, 400, 300));
        Assert.NotEmpty(ChartRenderer.Render(new FieldChartSpec("Trống", []), ChartFormat.Svg, 400, 300));
    }

    [Theory]
    [InlineData(50, 300, 1)]
    [InlineData(400, 5000, 1)]
    [InlineData(400, 300, 0.5)]
    [InlineData(400, 300, double.NaN)]
    [InlineData(400, 300, 3)]
    [InlineData(2000, 2000, 2)]
    [InlineData(4000, 4000, 1)]
    public void Out_of_range_sizes_are_refused(int width, int height, double scale)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartRenderer.Render(SampleCharts.Fields(), ChartFormat.Png, width, height, scale));
    }

    [Fact]
    public void Concurrent_renders_of_one_spec_give_the_same_bytes()
    {
        var spec = SampleCharts.Trend();

        var images = new byte[6][];
        Parallel.For(0, images.Length, i => images[i] = ChartRenderer.Render(spec, ChartFormat.Png, 600, 300));

        Assert.All(images, image => Assert.Equal(images[0], image));
    }

    [Fact]
    public void Content_types()
    {
        Assert.Equal("image/png", ChartRenderer.ContentType(ChartFormat.Png));
        Assert.Equal("image/svg+xml", ChartRenderer.ContentType(ChartFormat.Svg));
    }

    [Fact]
    public void A_font_with_Vietnamese_glyphs_is_installed_and_chosen()
    {
        var family = ChartRenderer.FontFamily;

        Assert.False(string.IsNullOrEmpty(family), "no installed font has the Vietnamese glyphs: apt-get install fonts-dejavu-core");
        using var typeface = SkiaSharp.SKTypeface.FromFamilyName(family);
        Assert.True(typeface.ContainsGlyphs("Hồ Chí Minh Thanh Hóa Đắk Lắk ặ ữ ỹ —"));
    }

    /// <summary>Writes the three charts to /tmp/charts for a person to look at; asserts only that they were written.</summary>
    [Fact]
    public void Writes_sample_pngs()
    {
        var folder = Path.Combine(Path.GetTempPath(), "charts");
        Directory.CreateDirectory(folder);
        var samples = new (string Name, ChartSpec Spec, int Width, int Height)[]
        {
            ("ranking-vi", SampleCharts.Ranking(), 800, 900),
            ("ranking-en", SampleCharts.Ranking(Language.En), 800, 900),
            ("trend-24-vi", SampleCharts.Trend(24), 900, 450),
            ("trend-12-en", SampleCharts.Trend(12, Language.En), 900, 450),
            ("fields-vi", SampleCharts.Fields(), 800, 500),
            ("ranking-small-vi", SampleCharts.Ranking(), 480, 520),
        };
        foreach (var (name, spec, width, height) in samples)
        {
            var path = Path.Combine(folder, name + ".png");
            File.WriteAllBytes(path, ChartRenderer.Render(spec, ChartFormat.Png, width, height));
            File.WriteAllBytes(Path.Combine(folder, name + "@2x.png"), ChartRenderer.Render(spec, ChartFormat.Png, width, height, 2));
            File.WriteAllText(Path.Combine(folder, name + ".txt"), spec.AltText());
            Assert.True(new FileInfo(path).Length > 1000);
        }
    }

    private static string Svg(ChartSpec spec) => Encoding.UTF8.GetString(ChartRenderer.Render(spec, ChartFormat.Svg, 640, 480));
}

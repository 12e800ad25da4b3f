using KpiDashboard.Metrics.Kpis;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace KpiDashboard.Reporting.Charts;

internal static class FieldPlot
{
    // Field names such as "Năng lượng nguyên tử, an toàn bức xạ và hạt nhân" need two lines of this length.
    private const int NameLineLength = 32;
    private const int NameLines = 2;

    public static Plot Build(FieldChartSpec spec, int height = 500)
    {
        var l = spec.Language;
        var plot = ChartStyle.NewPlot(spec);
        var fields = spec.Ordered();
        var n = fields.Count;

        var received = new List<Bar>();
        var resolved = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < n; i++)
        {
            var field = fields[i];
            double y = n - 1 - i; // most received at the top
            ticks.Add(new Tick(y, ChartText.Wrap(field.Name, NameLineLength, NameLines)));
            Add(plot, received, field.Received, y + 0.19, ChartPalette.Received, l);
            Add(plot, resolved, field.Resolved, y - 0.19, ChartPalette.Resolved, l);
        }
        AddSeries(plot, received, ChartPalette.Received, spec.ReceivedText);
        AddSeries(plot, resolved, ChartPalette.Resolved, spec.ResolvedText);

        plot.Axes.Left.TickGenerator = new NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            TickDensity = 0.5,
            LabelFormatter = v => ChartText.Count(v, l),
        };
        plot.Axes.Bottom.Label.Text = spec.CountAxisText;
        plot.Grid.YAxisStyle.IsVisible = false;

        var max = fields.SelectMany(f => new[] { f.Received, f.Resolved }).Max() ?? 0;
        // Room right of the longest bar for its value label.
        plot.Axes.SetLimits(0, Math.Max(max * 1.15, 5), -0.6, Math.Max(n, 1) - 0.4);

        ChartStyle.LegendBelow(plot);
        ChartStyle.Finish(plot);
        plot.Axes.Left.TickLabelStyle.FontSize = ChartStyle.RowLabelSize(height - 40, n, NameLines); // 40: the legend
        return plot;
    }

    private static void Add(Plot plot, List<Bar> bars, long? value, double y, string color, Language l)
    {
        if (value is not { } v)
        {
            ChartStyle.UnknownMark(plot, 0, y);
            return;
        }
        bars.Add(new Bar
        {
            Position = y,
            Value = v,
            Size = 0.36,
            FillColor = ChartStyle.Hex(color),
            LineWidth = 0,
            Label = ChartText.Count(v, l),
            Orientation = Orientation.Horizontal,
        });
    }

    private static void AddSeries(Plot plot, List<Bar> bars, string color, string legend)
    {
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        barPlot.Color = ChartStyle.Hex(color);
        barPlot.LegendText = legend;
        ChartStyle.StyleValueLabels(barPlot);
    }
}

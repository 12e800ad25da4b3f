using ScottPlot;
using ScottPlot.TickGenerators;

namespace KpiDashboard.Reporting.Charts;

internal static class RankingPlot
{
    // Room right of 100% for the value labels.
    private const double XMax = 1.14;

    public static Plot Build(ProvinceRankingChartSpec spec, int height = 900)
    {
        var l = spec.Language;
        var plot = ChartStyle.NewPlot(spec);
        var ranked = spec.Ranked();
        var n = ranked.Count;
        var rowSize = ChartStyle.RowLabelSize(height, n);
        var valueSize = Math.Min(ChartStyle.ValueSize, rowSize);

        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < n; i++)
        {
            var item = ranked[i];
            double y = n - 1 - i; // first rank at the top
            ticks.Add(new Tick(y, ChartText.Clean(item.Name)));
            if (item.Rate is { } rate)
            {
                var below = spec.Target is { } t && rate < t;
                bars.Add(new Bar
                {
                    Position = y,
                    Value = Math.Clamp(rate, 0, 1),
                    Size = 0.72,
                    FillColor = ChartStyle.Hex(below ? ChartPalette.BelowTarget : ChartPalette.OnTimeRate),
                    LineWidth = 0,
                    Orientation = Orientation.Horizontal,
                });
                ChartStyle.ValueLabel(plot, ChartText.Percent(rate, l, fixedDecimals: true), Math.Clamp(rate, 0, 1), y, size: valueSize);
            }
            else
            {
                ChartStyle.UnknownMark(plot, 0, y, valueSize);
            }
        }
        if (bars.Count > 0)
        {
            var barPlot = plot.Add.Bars(bars);
            barPlot.Horizontal = true;
            plot.MoveToBack(barPlot);
        }

        if (spec.Target is { } target)
        {
            var line = plot.Add.VerticalLine(target, 2, ChartStyle.Hex(ChartPalette.Target), LinePattern.Dashed);
            line.Text = string.IsNullOrWhiteSpace(spec.TargetLabel) ? ChartText.Target(target, l) : ChartText.Clean(spec.TargetLabel);
            line.LabelOppositeAxis = true;
            plot.Axes.Top.MinimumSize = 24; // room for the target label between the title and the bars
            line.LabelStyle.FontSize = ChartStyle.ValueSize;
            // Stated, not left to ScottPlot 5.1.59: its default drew this label bold in a process's first plot only.
            line.LabelStyle.Bold = false;
            line.LabelStyle.ForeColor = Colors.White;
            line.LabelStyle.BackgroundColor = ChartStyle.Hex(ChartPalette.Target);
            if (ChartFonts.Family is { } family) line.LabelStyle.FontName = family;
            // Behind bars and value labels: the labels' white ground keeps the digits readable where the line crosses.
            plot.MoveToBack(line);
        }

        plot.Axes.Left.TickGenerator = new NumericManual([.. ticks]);
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            [.. Enumerable.Range(0, 6).Select(k => new Tick(k * 0.2, ChartText.Percent(k * 0.2, l, decimals: 0)))]);
        plot.Axes.Bottom.Label.Text = ChartText.Clean(spec.ValueAxisLabel);
        plot.Grid.YAxisStyle.IsVisible = false;

        plot.Axes.SetLimits(0, XMax, -0.6, Math.Max(n, 1) - 0.4);
        ChartStyle.Finish(plot);
        plot.Axes.Left.TickLabelStyle.FontSize = rowSize;
        return plot;
    }
}

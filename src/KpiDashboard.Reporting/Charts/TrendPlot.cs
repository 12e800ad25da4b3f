using KpiDashboard.Metrics.Kpis;
using ScottPlot;
using ScottPlot.TickGenerators;

namespace KpiDashboard.Reporting.Charts;

internal static class TrendPlot
{
    public static Plot Build(TrendChartSpec spec, int width)
    {
        var l = spec.Language;
        var plot = ChartStyle.NewPlot(spec);
        var points = spec.Ordered();
        var n = points.Count;

        AddBars(plot, points, p => p.Received, -0.2, ChartPalette.Received, spec.ReceivedText, l);
        AddBars(plot, points, p => p.Resolved, 0.2, ChartPalette.Resolved, spec.ResolvedText, l);
        AddRateLine(plot, spec, points);
        AddApproximateMarks(plot, spec, points);

        // Month labels: every month when they fit, else every 2nd, 3rd... counted back from the latest month.
        var labels = points.Select(p => ChartText.Month(p.Month, l)).ToList();
        var widest = labels.Count == 0 ? 0 : labels.Max(s => s.Length);
        var labelPixels = widest * ChartStyle.TickSize * 0.62 + 10;
        var pixelsPerMonth = Math.Max(1, width - 160) / (double)Math.Max(n, 1);
        var step = Math.Max(1, (int)Math.Ceiling(labelPixels / pixelsPerMonth));
        plot.Axes.Bottom.TickGenerator = new NumericManual(
            [.. Enumerable.Range(0, n).Where(i => (n - 1 - i) % step == 0).Select(i => new Tick(i, labels[i]))]);
        plot.Axes.Bottom.MinorTickStyle.Length = 0;

        var maxCount = points.SelectMany(p => new[] { p.Received, p.Resolved }).Max() ?? 0;
        plot.Axes.Left.TickGenerator = new NumericAutomatic
        {
            IntegerTicksOnly = true,
            TickDensity = 0.5,
            LabelFormatter = v => ChartText.Count(v, l),
        };
        plot.Axes.Left.Label.Text = spec.CountAxisText;
        plot.Axes.SetLimits(-0.6, Math.Max(n, 1) - 0.4, 0, Math.Max(maxCount * 1.12, 5));

        ChartStyle.LegendBelow(plot);
        ChartStyle.Finish(plot);
        return plot;
    }

    private static void AddBars(Plot plot, IReadOnlyList<TrendPoint> points, Func<TrendPoint, long?> value, double offset,
        string color, string legend, Language l)
    {
        var bars = new List<Bar>();
        for (var i = 0; i < points.Count; i++)
        {
            if (value(points[i]) is not { } v) continue;
            // An approximate month's bars are paler, under the "≈" marks.
            var fill = points[i].Approximate ? ChartStyle.Hex(color).WithAlpha(0.45) : ChartStyle.Hex(color);
            bars.Add(new Bar { Position = i + offset, Value = v, Size = 0.38, FillColor = fill, LineWidth = 0 });
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Color = ChartStyle.Hex(color);
        barPlot.LegendText = legend;
    }

    /// <summary>An open triangle over each approximate month's bars, with one legend entry stating the rule.</summary>
    private static void AddApproximateMarks(Plot plot, TrendChartSpec spec, IReadOnlyList<TrendPoint> points)
    {
        var marked = Enumerable.Range(0, points.Count).Where(i => points[i].Approximate).ToList();
        if (marked.Count == 0) return;
        var top = points.SelectMany(p => new[] { p.Received, p.Resolved }).Max() ?? 0;
        var lift = Math.Max(top * 0.04, 0.3);
        var ys = marked.Select(i => (double)Math.Max(points[i].Received ?? 0, points[i].Resolved ?? 0) + lift).ToArray();
        var marks = plot.Add.Markers(marked.Select(i => (double)i).ToArray(), ys, MarkerShape.OpenTriangleUp, 8, ChartStyle.Hex(ChartPalette.Approximate));
        marks.LegendText = spec.ApproximateText;
    }

    private static void AddRateLine(Plot plot, TrendChartSpec spec, IReadOnlyList<TrendPoint> points)
    {
        var l = spec.Language;
        var right = plot.Axes.Right;
        var color = ChartStyle.Hex(ChartPalette.OnTimeRate);

        // Unknown months break the line rather than dropping it to 0.
        var segment = new List<(double X, double Y)>();
        var legendShown = false;
        void Flush()
        {
            if (segment.Count == 0) return;
            var line = plot.Add.Scatter(segment.Select(s => s.X).ToArray(), segment.Select(s => s.Y).ToArray(), color);
            line.Axes.YAxis = right;
            line.LineWidth = 2.5f;
            line.MarkerSize = 7;
            if (!legendShown) line.LegendText = spec.RateText;
            legendShown = true;
            segment.Clear();
        }
        for (var i = 0; i < points.Count; i++)
        {
            if (points[i].OnTimeRate is { } r) segment.Add((i, r));
            else Flush();
        }
        Flush();

        if (spec.Target is { } target)
        {
            var line = plot.Add.HorizontalLine(target, 1.5f, ChartStyle.Hex(ChartPalette.Target), LinePattern.Dashed);
            line.Axes.YAxis = right;
            line.LegendText = ChartText.Target(target, l);
        }

        // Rates sit near the top; start the axis a little under the lowest so changes stay visible.
        var rates = points.Where(p => p.OnTimeRate.HasValue).Select(p => p.OnTimeRate!.Value)
            .Concat(spec.Target is { } t ? [t] : []).ToList();
        var lowest = rates.Count == 0 ? 0 : Math.Clamp(rates.Min(), 0, 1);
        var bottom = Math.Max(0, Math.Floor((lowest - 0.05) * 10) / 10);
        var stepRate = (1 - bottom) <= 0.3 ? 0.05 : (1 - bottom) <= 0.6 ? 0.1 : 0.2;
        var ticks = new List<Tick>();
        for (var v = bottom; v <= 1.0001; v += stepRate) ticks.Add(new Tick(Math.Round(v, 4), ChartText.Percent(v, l, decimals: 0)));
        right.TickGenerator = new NumericManual([.. ticks]);
        right.Label.Text = spec.RateText;
        plot.Axes.SetLimitsY(bottom, 1.02, right);
    }
}

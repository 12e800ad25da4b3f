using ScottPlot;

namespace KpiDashboard.Reporting.Charts;

/// <summary>The look shared by all charts: font, sizes, colours, title, legend.</summary>
internal static class ChartStyle
{
    public const float TitleSize = 16;
    public const float AxisLabelSize = 13;
    public const float TickSize = 12;
    public const float ValueSize = 11;

    public static Color Hex(string hex) => Color.FromHex(hex);

    public static Plot NewPlot(ChartSpec spec)
    {
        if (ChartFonts.Family is { } family)
        {
            // Plottables read Fonts.Default when they are created; the value is the same on every call.
            Fonts.Default = family;
        }
        var plot = new Plot();
        plot.Title(ChartText.Clean(spec.Title), TitleSize);
        plot.Axes.Title.Label.Bold = true;
        plot.Axes.Title.Label.ForeColor = Hex(ChartPalette.Text);
        plot.Grid.MajorLineColor = Hex(ChartPalette.Grid);
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        return plot;
    }

    /// <summary>Applies font and sizes to the axes once every axis and tick generator is in place.</summary>
    public static void Finish(Plot plot)
    {
        if (ChartFonts.Family is { } family) plot.Font.Set(family);
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.TickLabelStyle.FontSize = TickSize;
            axis.TickLabelStyle.ForeColor = Hex(ChartPalette.Text);
            axis.Label.FontSize = AxisLabelSize;
            axis.Label.Bold = false;
            axis.Label.ForeColor = Hex(ChartPalette.Text);
        }
        plot.Legend.SetBestFontOnEachRender = false;
        if (ChartFonts.Family is { } legendFamily) plot.Legend.FontName = legendFamily;
        plot.Legend.FontSize = TickSize;
    }

    /// <summary>
    /// Tick label size for one category per row: the default when rows are tall enough, smaller (down to 7) when many
    /// rows share a short chart, so that names never overlap. The 110 pixels are the title, axis and margins.
    /// </summary>
    public static float RowLabelSize(int height, int rows, int linesPerRow = 1)
    {
        var rowPixels = (height - 110.0) / Math.Max(rows, 1) / linesPerRow;
        return (float)Math.Clamp(Math.Floor(rowPixels * 0.75), 7, TickSize);
    }

    public static void LegendBelow(Plot plot)
    {
        plot.ShowLegend(Edge.Bottom);
        plot.Legend.Orientation = Orientation.Horizontal;
    }

    /// <summary>The "—" of an unknown value, drawn where its bar would start.</summary>
    public static void UnknownMark(Plot plot, double x, double y, float size = ValueSize) =>
        ValueLabel(plot, ChartText.UnknownMark, x, y, ChartPalette.Unknown, size);

    /// <summary>A label just right of a bar's end, on a white ground so that a line behind it does not cross the digits.</summary>
    public static void ValueLabel(Plot plot, string label, double x, double y, string color = ChartPalette.Text, float size = ValueSize)
    {
        var text = plot.Add.Text(label, x, y);
        text.Alignment = Alignment.MiddleLeft;
        text.OffsetX = 3;
        text.LabelFontSize = size;
        text.LabelFontColor = Hex(color);
        text.LabelBackgroundColor = Colors.White;
        text.LabelPadding = 1;
        if (ChartFonts.Family is { } family) text.LabelFontName = family;
    }

    public static void StyleValueLabels(ScottPlot.Plottables.BarPlot bars)
    {
        bars.ValueLabelStyle.FontSize = ValueSize;
        bars.ValueLabelStyle.ForeColor = Hex(ChartPalette.Text);
        if (ChartFonts.Family is { } family) bars.ValueLabelStyle.FontName = family;
    }
}

using KpiDashboard.Reporting.Charts;
using SkiaSharp;

namespace KpiDashboard.Reporting.Maps;

/// <summary>
/// A <see cref="MapSpec"/> as PNG with the same colours as the SVG, for the e-mail summary and the workbook, drawn with
/// SkiaSharp (ScottPlot's own drawing library) straight in the spec's screen coordinates.
/// </summary>
public static class MapPng
{
    public static byte[] Render(MapSpec spec, double scale = 1)
    {
        if (!(scale is >= 0.25 and <= 2)) throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be between 0.25 and 2");
        var width = (int)Math.Ceiling(spec.Width * scale);
        var height = (int)Math.Ceiling(spec.Height * scale);
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale((float)scale);
        using var typeface = ChartFonts.Family is { } family ? SKTypeface.FromFamilyName(family) : SKTypeface.Default;
        using var font = new SKFont(typeface, 12);
        using var bold = new SKFont(typeface, 13) { Embolden = true };
        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke };
        using var text = new SKPaint { IsAntialias = true, Color = SKColor.Parse("#222222") };

        foreach (var shape in spec.Shapes)
        {
            DrawRings(canvas, shape.Rings, shape.Fill, fill, stroke, SKColors.White, 0.7f);
            DrawRings(canvas, shape.IslandRings, shape.Fill, fill, stroke, SKColor.Parse("#555555"), 0.8f);
        }
        using var dashed = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = SKColor.Parse("#8a8a8a"), PathEffect = SKPathEffect.CreateDash([4, 3], 0) };
        foreach (var inset in spec.Insets)
        {
            canvas.DrawRect((float)inset.X, (float)inset.Y, (float)inset.W, (float)inset.H, dashed);
            // Right-aligned on the box, as in the SVG: a long label grows towards the map, not off the frame.
            canvas.DrawText(inset.Label, (float)(inset.X + inset.W), (float)inset.Y - 5, SKTextAlign.Right, font, text);
        }

        var legend = spec.Legend;
        canvas.DrawText(legend.Title, (float)legend.X, (float)legend.Y, bold, text);
        for (var i = 0; i < legend.Items.Count; i++)
        {
            var item = legend.Items[i];
            var rect = new SKRect((float)legend.X, (float)legend.Y + 10 + i * 22, (float)legend.X + 22, (float)legend.Y + 26 + i * 22);
            Paint(canvas, rect, item.Fill, fill);
            stroke.Color = SKColor.Parse("#777777");
            stroke.StrokeWidth = 0.5f;
            canvas.DrawRect(rect, stroke);
            canvas.DrawText(item.Label, (float)legend.X + 30, rect.Top + 13, font, text);
        }

        using var image = surface.Snapshot();
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static void DrawRings(SKCanvas canvas, IReadOnlyList<double[]> rings, string? colour, SKPaint fill, SKPaint stroke, SKColor outline, float width)
    {
        if (rings.Count == 0) return;
        using var path = new SKPath { FillType = SKPathFillType.EvenOdd };
        foreach (var ring in rings)
        {
            path.MoveTo((float)ring[0], (float)ring[1]);
            for (var i = 2; i + 1 < ring.Length; i += 2) path.LineTo((float)ring[i], (float)ring[i + 1]);
            path.Close();
        }
        if (colour is null) DrawNoData(canvas, path, fill);
        else
        {
            fill.Color = SKColor.Parse(colour);
            canvas.DrawPath(path, fill);
        }
        stroke.Color = outline;
        stroke.StrokeWidth = width;
        canvas.DrawPath(path, stroke);
    }

    private static void Paint(SKCanvas canvas, SKRect rect, string? colour, SKPaint fill)
    {
        using var path = new SKPath();
        path.AddRect(rect);
        if (colour is null) DrawNoData(canvas, path, fill);
        else
        {
            fill.Color = SKColor.Parse(colour);
            canvas.DrawPath(path, fill);
        }
    }

    /// <summary>The SVG's hatch: light grey with darker diagonal lines, so "no data" never reads as a low value.</summary>
    private static void DrawNoData(SKCanvas canvas, SKPath path, SKPaint fill)
    {
        fill.Color = SKColor.Parse("#eeeeee");
        canvas.DrawPath(path, fill);
        canvas.Save();
        canvas.ClipPath(path, antialias: true);
        using var hatch = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1.4f, Color = SKColor.Parse("#9e9e9e") };
        var b = path.Bounds;
        for (var x = b.Left - b.Height; x < b.Right; x += 6) canvas.DrawLine(x, b.Bottom, x + b.Height, b.Top, hatch);
        canvas.Restore();
    }
}

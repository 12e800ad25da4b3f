using KpiDashboard.Metrics.Concurrency;
using System.Collections.Concurrent;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Writes many Biểu 06 workbooks of the same shape (level, fields, which figures are known, period, language, date):
/// ClosedXML writes each shape once, every form of that shape is a copy with its names and figures filled in. Meant
/// for one run of many forms (the monthly e-mails: 3,321 communes' forms come in a handful of shapes); at most
/// <see cref="MaxShapes"/> shapes are kept, beyond that a form is written by ClosedXML as usual.
/// </summary>
public sealed class Form06Templates
{
    public const int MaxShapes = 256;

    private readonly ConcurrentDictionary<string, Lazy<Form06Template?>> shapes = new();

    /// <summary>The same cells as <see cref="Form06Writer.ToBytes"/> writes (names, figures, formats, styles).</summary>
    public byte[] Write(Form06Report report, Language language)
    {
        var shape = Form06Template.ShapeOf(report, language);
        if (!shapes.TryGetValue(shape, out var template))
        {
            if (shapes.Count >= MaxShapes) return Direct(report, language);
            template = shapes.GetOrAdd(shape, _ => new Lazy<Form06Template?>(() =>
            {
                lock (ClosedXmlGate.Lock) return Form06Template.Create(report, language);
            }));
        }
        return template.Value is { } t ? t.Fill(report, language) : Direct(report, language);
    }

    private static byte[] Direct(Form06Report report, Language language)
    {
        return Form06Writer.ToBytes(report, language);
    }

    /// <summary>How many shapes have a template (a shape whose template could not be made is written directly each time).</summary>
    public int Count => shapes.Values.Count(s => s.IsValueCreated && s.Value is not null);
}

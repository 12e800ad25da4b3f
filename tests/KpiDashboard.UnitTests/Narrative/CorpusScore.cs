using System.Globalization;
using System.Text;
using System.Text.Json;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.BuiltIn;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Narrative;

/// <summary>
/// Runs the extractor over one part of the hand-checked corpus (Corpus/Development or Corpus/Test, each a corpus.json
/// and its passages) and counts, per figure name,
/// what it found that the corpus expects (true positives), what it found that the corpus does not expect, and what it missed.
/// A figure is one fact: passage, unit (province, commune, level), period (start, end), field, name and value; a true
/// positive is an extracted fact equal to an expected one in all of them.
/// </summary>
internal sealed class CorpusScore
{
    public sealed record Fact(string Passage, string? Province, string? Commune, string? Level, DateOnly? Start, DateOnly? End, string? Field, string Name, decimal Value)
    {
        public override string ToString() =>
            $"{Passage} | {Province ?? "-"}/{Commune ?? "-"}/{Level ?? "-"} | {Start:yyyy-MM-dd}..{End:yyyy-MM-dd} | {(Field is null ? "" : Field + ":")}{Name} = {Value.ToString(CultureInfo.InvariantCulture)}";
    }

    public sealed record Row(string Name, int Expected, int Extracted, int TruePositives)
    {
        public double Precision => Extracted == 0 ? 1 : (double)TruePositives / Extracted;
        public double Recall => Expected == 0 ? 1 : (double)TruePositives / Expected;
    }

    public int Passages { get; private init; }
    public int PassagesWithFigures { get; private init; }
    public IReadOnlyList<Fact> Expected { get; private init; } = [];
    public IReadOnlyList<Fact> Extracted { get; private init; } = [];
    public IReadOnlyList<Fact> Missed { get; private init; } = [];
    public IReadOnlyList<Fact> Spurious { get; private init; } = [];

    /// <summary>The part rules are written against.</summary>
    public const string Development = "Development";

    /// <summary>The part held out since the split: its score is the one quoted.</summary>
    public const string Test = "Test";

    public static string CorpusFolder(string part) => Path.Combine(AppContext.BaseDirectory, "Narrative", "Corpus", part);

    /// <param name="include">Which passages (by file name) to score; all when null.</param>
    public static CorpusScore Run(string part, Func<string, bool>? include = null) => Run([part], include);

    public static CorpusScore Run(IReadOnlyList<string> parts, Func<string, bool>? include = null)
    {
        var units = OfficialUnits();
        var expected = new List<Fact>();
        var extracted = new List<Fact>();
        var passages = 0;
        var withFigures = 0;
        foreach (var folder in parts.Select(CorpusFolder))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "corpus.json")));
            foreach (var passage in document.RootElement.GetProperty("passages").EnumerateArray())
            {
                var file = passage.GetProperty("file").GetString()!;
                if (include is not null && !include(file)) continue;
                passages++;
                var reference = DateOnly.ParseExact(passage.GetProperty("referenceDate").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var statements = passage.GetProperty("statements");
                if (statements.GetArrayLength() > 0) withFigures++;
                foreach (var s in statements.EnumerateArray()) expected.AddRange(ExpectedFacts(file, s));

                var text = File.ReadAllText(Path.Combine(folder, file));
                foreach (var s in NarrativeExtractor.Extract(text, units, BuiltInFields.All, reference)) extracted.AddRange(ExtractedFacts(file, s));
            }
        }
        return new CorpusScore
        {
            Passages = passages, PassagesWithFigures = withFigures, Expected = expected, Extracted = extracted,
            Missed = Subtract(expected, extracted), Spurious = Subtract(extracted, expected),
        };
    }

    /// <summary>Rows per figure name (field figures as "field:NAME"), then the total.</summary>
    public IReadOnlyList<Row> Rows()
    {
        var names = Expected.Concat(Extracted).Select(Key).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = names.Select(n => new Row(n,
            Expected.Count(f => Key(f) == n), Extracted.Count(f => Key(f) == n),
            Expected.Count(f => Key(f) == n) - Missed.Count(f => Key(f) == n))).ToList();
        rows.Add(new Row("overall", Expected.Count, Extracted.Count, Expected.Count - Missed.Count));
        return rows;
    }

    /// <summary>Missed and spurious figures per figure name and kind, without naming a passage (what may be read of the test part).</summary>
    public sealed record KindRow(string Figure, string Kind, int Missed, int Spurious);

    /// <summary>
    /// What went wrong, by kind: a missed figure whose value was extracted for the same passage under its own name but another
    /// unit, level or period is "placed otherwise" (both sides counted there), one extracted under another name is "read as
    /// another figure", any other missed figure was "not read", and any other spurious figure was "not expected".
    /// </summary>
    public IReadOnlyList<KindRow> MissesByKind()
    {
        var counts = new Dictionary<(string Figure, string Kind), (int Missed, int Spurious)>();
        void Count(string figure, string kind, int missed, int spurious)
        {
            var found = counts.GetValueOrDefault((figure, kind));
            counts[(figure, kind)] = (found.Missed + missed, found.Spurious + spurious);
        }
        var spurious = Spurious.ToList();
        foreach (var m in Missed)
        {
            var placed = spurious.FirstOrDefault(s => s.Passage == m.Passage && s.Field == m.Field && s.Name == m.Name && s.Value == m.Value);
            if (placed is not null)
            {
                spurious.Remove(placed);
                var where = new List<string>();
                if (placed.Province != m.Province || placed.Commune != m.Commune) where.Add("unit");
                if (placed.Level != m.Level) where.Add("level");
                if (placed.Start != m.Start || placed.End != m.End) where.Add("period");
                Count(Key(m), "placed otherwise (" + string.Join(", ", where) + ")", 1, 1);
                continue;
            }
            var renamed = spurious.FirstOrDefault(s => s.Passage == m.Passage && s.Field == m.Field && s.Value == m.Value);
            if (renamed is not null)
            {
                spurious.Remove(renamed);
                Count(Key(m), "read as another figure", 1, 0);
                Count(Key(renamed), "read as another figure", 0, 1);
                continue;
            }
            Count(Key(m), "not read", 1, 0);
        }
        foreach (var s in spurious) Count(Key(s), "not expected", 0, 1);
        return counts.OrderBy(c => c.Key.Figure, StringComparer.Ordinal).ThenBy(c => c.Key.Kind, StringComparer.Ordinal)
            .Select(c => new KindRow(c.Key.Figure, c.Key.Kind, c.Value.Missed, c.Value.Spurious)).ToList();
    }

    /// <param name="listFacts">List every missed and spurious figure with its passage; false for the test part, whose misses are
    /// not read to write rules: it gets the counts by kind only.</param>
    public string Markdown(bool listFacts = true)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Corpus: {Passages} passages ({PassagesWithFigures} with dossier figures, {Passages - PassagesWithFigures} without), {Expected.Count} expected figures.");
        md.AppendLine();
        md.AppendLine("| figure | expected | extracted | true positives | precision | recall |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var r in Rows())
            md.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Expected} | {r.Extracted} | {r.TruePositives} | {r.Precision:0.000} | {r.Recall:0.000} |");
        var counts = CountsOnly();
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Counts only (without on_time_rate_percent): {counts.Expected} expected, {counts.Extracted} extracted, {counts.TruePositives} true positives, precision {counts.Precision:0.000}, recall {counts.Recall:0.000}.");
        var loose = Loose();
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture,
            $"Ignoring unit, level and period (same passage, field, figure and value): precision {loose.Precision:0.000}, recall {loose.Recall:0.000}.");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"Misses by kind ({Missed.Count} missed, {Spurious.Count} spurious):");
        md.AppendLine();
        md.AppendLine("| figure | kind | missed | spurious |");
        md.AppendLine("|---|---|---:|---:|");
        foreach (var k in MissesByKind())
            md.AppendLine(CultureInfo.InvariantCulture, $"| {k.Figure} | {k.Kind} | {k.Missed} | {k.Spurious} |");
        if (!listFacts) return md.ToString();
        md.AppendLine();
        md.AppendLine("Missed (expected, not extracted):");
        foreach (var f in Missed) md.AppendLine(CultureInfo.InvariantCulture, $"- {f}");
        md.AppendLine();
        md.AppendLine("Spurious (extracted, not expected):");
        foreach (var f in Spurious) md.AppendLine(CultureInfo.InvariantCulture, $"- {f}");
        return md.ToString();
    }

    /// <summary>The overall row for the counts of dossiers: every figure but the on-time rate.</summary>
    public Row CountsOnly()
    {
        static bool IsCount(Fact f) => f.Name != "on_time_rate_percent";
        var expected = Expected.Count(IsCount);
        return new Row("counts", expected, Extracted.Count(IsCount), expected - Missed.Count(IsCount));
    }

    /// <summary>The overall row when only the passage, field, figure name and value must agree: how much is lost to unit and period.</summary>
    public Row Loose()
    {
        static Fact Strip(Fact f) => f with { Province = null, Commune = null, Level = null, Start = null, End = null };
        var expected = Expected.Select(Strip).ToList();
        var extracted = Extracted.Select(Strip).ToList();
        return new Row("overall, loose", expected.Count, extracted.Count, expected.Count - Subtract(expected, extracted).Count);
    }

    private static string Key(Fact f) => f.Field is null ? f.Name : "field:" + f.Name;

    /// <summary>Multiset difference: each fact of <paramref name="from"/> not matched one-for-one in <paramref name="minus"/>.</summary>
    private static List<Fact> Subtract(IEnumerable<Fact> from, IEnumerable<Fact> minus)
    {
        var left = minus.GroupBy(f => f).ToDictionary(g => g.Key, g => g.Count());
        var result = new List<Fact>();
        foreach (var f in from)
        {
            if (left.TryGetValue(f, out var n) && n > 0) left[f] = n - 1;
            else result.Add(f);
        }
        return result;
    }

    private static IEnumerable<Fact> ExpectedFacts(string file, JsonElement s)
    {
        string? Text(string name) => s.GetProperty(name).ValueKind == JsonValueKind.Null ? null : s.GetProperty(name).GetString();
        DateOnly? start = null, end = null;
        if (s.GetProperty("period") is { ValueKind: JsonValueKind.Object } period)
        {
            start = DateOnly.ParseExact(period.GetProperty("start").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            end = DateOnly.ParseExact(period.GetProperty("end").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        Fact Make(string? field, JsonProperty p) => new(file, Text("province"), Text("commune"), Text("level"), start, end, field, p.Name, p.Value.GetDecimal());
        foreach (var p in s.GetProperty("figures").EnumerateObject()) yield return Make(null, p);
        if (!s.TryGetProperty("fields", out var fields)) yield break;
        foreach (var field in fields.EnumerateObject())
            foreach (var p in field.Value.EnumerateObject()) yield return Make(field.Name, p);
    }

    private static IEnumerable<Fact> ExtractedFacts(string file, NarrativeStatement s)
    {
        Fact Make(string? field, string name, NarrativeFigure f) =>
            new(file, s.Province?.Code, s.Commune?.Code, s.Level, s.PeriodStart, s.PeriodEnd, field, name, f.Value);
        foreach (var (name, f) in s.Figures) yield return Make(null, name, f);
        foreach (var field in s.Fields)
            foreach (var (name, f) in field.Figures) yield return Make(field.Field?.Code ?? field.FieldText, name, f);
    }

    /// <summary>The 34 provinces and the 3,321 communes of the official list (../shared/data beside the repository).</summary>
    private static UnitDirectory OfficialUnits()
    {
        using var stream = File.OpenRead(RepositoryFiles.SharedData("vn-admin-units-2025.json"));
        var errors = new IngestErrors();
        var communes = UnitImport.ReadOfficialList(stream, errors);
        Assert.Empty(errors);
        return new UnitDirectory(BuiltInProvinces.All, communes, BuiltInFields.All);
    }
}

using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Exports the facts of a scope and period as CSV with the canonical headers, so the file ingests back unchanged:
/// UTF-8 with a BOM (Excel then reads Vietnamese correctly), one row per fact ordered by period, province,
/// commune, field; an unknown figure is an empty cell. Rows are streamed from the database, never all loaded.
/// A period that starts before July 2025 has a district column (code and name): a district's own row (unit key "H" +
/// its code) names its district there and leaves the commune empty, as the file it came from did.
/// </summary>
public sealed class FactCsvExporter(FigureQuery figures, KpiDbContext db)
{
    public static IReadOnlyList<string> Header { get; } = ["period", "province", "commune", "field", .. MeasureNames.All];

    /// <summary>The header of a period with months before July 2025; district_name is for people, ingest ignores it.</summary>
    public static IReadOnlyList<string> OldHeader { get; } = ["period", "province", "district", "district_name", "commune", "field", .. MeasureNames.All];

    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>Writes the BOM, the header and every row to <paramref name="output"/>; returns the number of rows.</summary>
    public async Task<int> WriteAsync(Stream output, Scope scope, Period period, CancellationToken ct = default)
    {
        var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 64 * 1024, leaveOpen: true)
        {
            NewLine = "\r\n",
        };
        await using (writer)
        {
            var count = -1;
            await foreach (var line in LinesAsync(scope, period, ct))
            {
                await writer.WriteLineAsync(line.AsMemory(), ct);
                count++;
            }
            await writer.FlushAsync(ct);
            return count;
        }
    }

    /// <summary>The header line, then one line per fact (without line ends).</summary>
    public async IAsyncEnumerable<string> LinesAsync(Scope scope, Period period, [EnumeratorCancellation] CancellationToken ct = default)
    {
        // Only once the old units are imported: without them old months are read in today's codes and have no districts.
        var districts = UnitValidity.IsOldPeriod(period.First.Key) && await db.Districts.AnyAsync(ct)
            ? (await db.Districts.AsNoTracking().Select(d => new { d.Code, d.Kind, d.Name }).ToListAsync(ct))
                .GroupBy(d => d.Code).ToDictionary(g => g.Key, g => $"{g.First().Kind} {g.First().Name}")
            : null;
        yield return string.Join(',', districts is null ? Header : OldHeader);
        // Before July 2025 a unit of today's facts are its predecessors' (in their own codes, so they ingest back).
        var q = figures.Facts(scope, period.First, period.Last, await figures.PredecessorsAsync(scope, period.First, ct));
        // A province's own agencies (no commune) before its communes, on every engine (PostgreSQL sorts NULL last).
        var facts = q.OrderBy(f => f.Period).ThenBy(f => f.ProvinceCode).ThenBy(f => f.CommuneCode != null).ThenBy(f => f.CommuneCode).ThenBy(f => f.FieldCode)
            .AsAsyncEnumerable();
        await foreach (var fact in facts.WithCancellation(ct)) yield return Line(fact, districts);
    }

    internal static string Line(Fact fact, IReadOnlyDictionary<string, string>? districts = null)
    {
        var measures = MeasureCatalogue.All.Select(m => m.Of(fact.Values)).ToList();
        var cells = new List<string>(6 + measures.Count) { Month.FromKey(fact.Period).ToString(), fact.ProvinceCode };
        if (districts is null)
            cells.Add(fact.CommuneCode ?? "");
        else if (DistrictKey.DistrictOf(fact.CommuneCode) is { } district)
            cells.AddRange([district, districts.GetValueOrDefault(district) ?? "", ""]);
        else
            cells.AddRange(["", "", fact.CommuneCode ?? ""]);
        cells.Add(fact.FieldCode);
        cells.AddRange(measures.Select(m => m?.ToString(CultureInfo.InvariantCulture) ?? ""));
        return string.Join(',', cells.Select(Cell));
    }

    /// <summary>
    /// Neutralises a text that a spreadsheet would run as a formula (=, +, -, @, and tab or carriage return that
    /// some readers strip first) by a leading single quote, then quotes it as RFC 4180 requires.
    /// </summary>
    internal static string Cell(string text)
    {
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r') text = "'" + text;
        return text.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;
    }
}

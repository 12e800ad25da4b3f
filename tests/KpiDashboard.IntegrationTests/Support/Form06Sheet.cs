using ClosedXML.Excel;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Excel;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// Reads Biểu 06 back from a workbook and checks it against the fact rows, summed in plain SQL (<see cref="FactSql"/>):
/// every field row, every subtotal and the grand total as sums of their rows, and the form's identities on every row.
/// </summary>
internal static class Form06Sheet
{
    public sealed record Line(int Row, string Number, string Label, long?[] Values, bool[] Incomplete)
    {
        public bool IsGroup => Number is "I" or "II";
        public bool IsTotal => Number.Length == 0;
    }

    /// <summary>The table rows from the first group row to the grand total.</summary>
    public static IReadOnlyList<Line> Read(IXLWorksheet ws)
    {
        var lines = new List<Line>();
        for (var row = Form06Writer.FirstDataRow; ; row++)
        {
            var number = ws.Cell(row, 1).GetString();
            var values = new long?[FactSql.FormColumns.Length];
            var incomplete = new bool[FactSql.FormColumns.Length];
            for (var c = 0; c < FactSql.FormColumns.Length; c++)
            {
                var cell = ws.Cell(row, 3 + c);
                values[c] = cell.IsEmpty() ? null : (long)cell.GetDouble();
                incomplete[c] = cell.Style.NumberFormat.Format == ExcelFormats.IncompleteCount;
            }
            var line = new Line(row, number, ws.Cell(row, 2).GetString(), values, incomplete);
            lines.Add(line);
            if (line.IsTotal) return lines;
            Assert.True(row < 10_000, "no grand total row");
        }
    }

    public static async Task AssertMatchesDatabaseAsync(byte[] xlsx, KpiDbContext db, Scope scope, Period period, Language language)
    {
        using var workbook = new XLWorkbook(new MemoryStream(xlsx));
        var ws = workbook.Worksheet(1);
        var texts = Form06Texts.For(language);

        // The two-row merged header and the row of column numbers 1–13.
        var merged = ws.MergedRanges.Select(r => r.RangeAddress.ToStringRelative()).ToHashSet();
        foreach (var range in new[] { "A5:A6", "B5:B6", "C5:F5", "G5:J5", "K5:M5" }) Assert.Contains(range, merged);
        for (var c = 1; c <= Form06Writer.ColumnCount; c++) Assert.Equal(c, ws.Cell(Form06Writer.NumberRow, c).GetDouble());
        Assert.StartsWith(texts.ReportingUnit, ws.Cell(1, 11).GetString());

        var lines = Read(ws);
        var fieldCodes = db.Fields.ToDictionary(f => language == Language.Vi ? f.NameVi : f.NameEn, f => f.Code);
        var connection = db.Database.GetDbConnection();
        var expected = (await FactSql.SumAsync(connection, period.First.Key, period.Last.Key, scope.ProvinceCode, scope.CommuneCode, scope.FieldCode, byFieldAndLevel: true))
            .ToDictionary(g => (g.FieldCode!, g.IsCommune), g => FactSql.FormColumns.Select(c => g[c]).ToArray());

        var seen = new HashSet<(string, bool)>();
        Line? group = null;
        var groupRows = new List<Line>();
        var groups = new List<Line>();
        foreach (var line in lines)
        {
            AssertIdentities(line);
            if (line.IsGroup || line.IsTotal)
            {
                if (group is not null) AssertSum(group, groupRows);
                if (line.IsTotal) AssertSum(line, groups);
                group = line;
                groups.Add(line);
                groupRows.Clear();
                continue;
            }
            Assert.NotNull(group);
            var isCommune = group.Label == texts.CommuneLevel;
            Assert.True(isCommune || group.Label == texts.ProvinceLevel, $"row {group.Row}: unknown level '{group.Label}'");
            var key = (fieldCodes[line.Label], isCommune);
            Assert.True(seen.Add(key), $"row {line.Row}: field {key} twice");
            var columns = expected[key];
            for (var c = 0; c < FactSql.FormColumns.Length; c++)
            {
                if (FactSql.FormTotals.Contains(FactSql.FormColumns[c]) && !columns[c].Complete)
                {
                    // A total some rows do not report is shown as a lower bound that its known parts prove: at least
                    // what the rows that report it add up to.
                    Assert.True(line.Values[c] is null ? columns[c].Value is null : line.Values[c] >= (columns[c].Value ?? 0),
                        $"row {line.Row} ({key}), column {c + 3}: sheet {line.Values[c]} is below the reported {columns[c].Value}");
                    continue;
                }
                Assert.True(columns[c].Value == line.Values[c], $"row {line.Row} ({key}), column {c + 3}: sheet {line.Values[c]}, database {columns[c].Value}");
                Assert.True((columns[c].Value is not null && !columns[c].Complete) == line.Incomplete[c], $"row {line.Row} column {c + 3}: incomplete mark");
            }
            groupRows.Add(line);
        }
        // Every field with a figure in the database has its row.
        foreach (var (key, columns) in expected.Where(e => e.Value.Any(q => q.Value is not null)))
            Assert.True(seen.Contains(key), $"field {key} missing from the sheet");

        // The round trip: where the grand total is complete, it is the database's total for the scope and period.
        var sums = (await FactSql.SumAsync(connection, period.First.Key, period.Last.Key, scope.ProvinceCode, scope.CommuneCode, scope.FieldCode)).Single();
        var total = FactSql.FormColumns.Select(c => sums[c]).ToArray();
        var grand = lines[^1];
        Assert.Equal(texts.GrandTotal, grand.Label);
        for (var c = 0; c < FactSql.FormColumns.Length; c++)
            if (total[c].Complete && !grand.Incomplete[c]) Assert.Equal(total[c].Value, grand.Values[c]);
    }

    /// <summary>A subtotal (or the grand total) is the column-wise sum of its rows; unknown where no row knows it.</summary>
    private static void AssertSum(Line total, IReadOnlyList<Line> parts)
    {
        for (var c = 0; c < FactSql.FormColumns.Length; c++)
        {
            var known = parts.Where(p => p.Values[c] is not null).ToList();
            long? sum = known.Count == 0 ? null : known.Sum(p => p.Values[c]!.Value);
            Assert.True(sum == total.Values[c], $"row {total.Row} column {c + 3}: {total.Values[c]} is not the sum {sum} of its rows");
            if (parts.Any(p => p.Incomplete[c]) && sum is not null) Assert.True(total.Incomplete[c], $"row {total.Row} column {c + 3}: a sum over incomplete rows must be marked");
        }
    }

    /// <summary>(3) = (4)+(5)+(6) = (7)+(11), (7) = (8)+(9)+(10), (11) = (12)+(13), wherever every cell is a complete figure.</summary>
    private static void AssertIdentities(Line line)
    {
        long? V(int column) => line.Incomplete[column - 3] ? null : line.Values[column - 3];
        void Holds(string name, int left, params int[] right)
        {
            if (V(left) is not { } l || right.Any(r => V(r) is null)) return;
            Assert.True(l == right.Sum(r => V(r)!.Value), $"row {line.Row} ({line.Label}): identity {name} does not hold");
        }
        Holds("(3)=(4)+(5)+(6)", 3, 4, 5, 6);
        Holds("(3)=(7)+(11)", 3, 7, 11);
        Holds("(7)=(8)+(9)+(10)", 7, 8, 9, 10);
        Holds("(11)=(12)+(13)", 11, 12, 13);
    }
}

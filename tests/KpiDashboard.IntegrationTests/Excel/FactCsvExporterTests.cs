using System.Text;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Reporting.Excel;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Excel;

public sealed class FactCsvExporterTests(SeedDatabase seed) : IClassFixture<SeedDatabase>
{
    private async Task<byte[]> ExportAsync(Scope scope, string period)
    {
        await using var db = seed.Open();
        using var stream = new MemoryStream();
        await new FactCsvExporter(new FigureQuery(db), db).WriteAsync(stream, scope, Period.Parse(period));
        return stream.ToArray();
    }

    [Fact]
    public async Task Starts_with_a_bom_and_the_canonical_header()
    {
        var bytes = await ExportAsync(new Scope(SeedDatabase.PhuTho), "2025-07");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
        var lines = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n");
        Assert.Equal(string.Join(',', FactCsvExporter.Header), lines[0]);
        Assert.Equal("", lines[^1]);
        Assert.Equal(1 + 7 + 1 + 1, lines.Length);
    }

    [Fact]
    public async Task Rows_are_ordered_and_round_trip_the_facts()
    {
        var bytes = await ExportAsync(new Scope(SeedDatabase.PhuTho), "2025-07");
        var rows = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries)
            .Skip(1).Select(l => l.Split(',')).ToList();
        // Provincial agencies (no commune) first, by field code, then the commune.
        Assert.Equal(["BC", "HDKHCN", "NLNT", "SHTT", "TCDLCL", "TSVTD", "VT", "SHTT"], rows.Select(r => r[3]));
        Assert.Equal(["2025-07", "25", "", "TSVTD", "", "", "", "25", "", "", "", "", "43", "", "35", ""], rows[5]);
        Assert.Equal(SeedDatabase.TanLac, rows[7][2]);

        await using var db = seed.Open();
        var facts = await db.Facts.AsNoTracking().Where(f => f.ProvinceCode == SeedDatabase.PhuTho && f.Period == 202507).ToListAsync();
        foreach (var r in rows)
        {
            var fact = facts.Single(f => f.FieldCode == r[3] && (f.CommuneCode ?? "") == r[2]);
            var v = fact.Values;
            int?[] expected = [v.ReceivedOnline, v.ReceivedOffline, v.CarriedOver, v.ResolvedEarly, v.ResolvedOnTime, v.ResolvedLate,
                v.PendingWithin, v.PendingOverdue, v.Received, v.Handled, v.Resolved, v.Pending];
            Assert.Equal(expected, r.Skip(4).Select(c => c.Length == 0 ? (int?)null : int.Parse(c, System.Globalization.CultureInfo.InvariantCulture)));
        }
    }

    [Fact]
    public async Task Formula_like_cells_are_neutralised()
    {
        var text = Encoding.UTF8.GetString(await ExportAsync(new Scope("01"), "2025-07"));
        Assert.Contains("\r\n2025-07,01,,'=CMD,", text);
        Assert.DoesNotContain(",=CMD", text);
    }

    [Fact]
    public async Task A_quarter_covers_its_months_in_order()
    {
        var text = Encoding.UTF8.GetString(await ExportAsync(new Scope("01"), "2025-Q2"));
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("2025-06,01,,BC,5,5,0,3,0,0,7,0,10,10,3,7", lines[1]);
    }
}

using System.Text;
using KpiDashboard.Ingestion.Tables;

namespace KpiDashboard.UnitTests.Bounds;

/// <summary>A JSON table is parsed whole, so its size is bounded before the parse (Ingest:JsonMaxBytes).</summary>
public sealed class JsonBoundsTests
{
    private static readonly byte[] Table = Encoding.UTF8.GetBytes("""[{"period":"2025-07","province":"25","field":"SHTT","received_online":1}]""");

    [Fact]
    public void A_table_within_the_bound_is_read()
    {
        var rows = new JsonTableSource(new MemoryStream(Table), new TableLimits { JsonMaxBytes = Table.Length }).Rows().ToList();
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public void A_table_over_the_bound_is_one_error_before_any_parse()
    {
        var source = new JsonTableSource(new MemoryStream(Table), new TableLimits { JsonMaxBytes = Table.Length - 1 });
        var e = Assert.Throws<TableLimitException>(() => source.Rows().ToList());
        Assert.Equal("outside_limits", e.ToError().Code);
        Assert.Contains("use CSV", e.Message);
    }
}

using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Excel;

namespace KpiDashboard.UnitTests.Excel;

public sealed class Form06ColumnsTests
{
    [Fact]
    public void Complete_figures_pass_through_in_form_order()
    {
        var columns = Form06Columns.Of(TestFigures.Full(30, 4, 2, 20, 8, 1, 6, 1));
        Assert.Equal([36L, 30, 4, 2, 29, 20, 8, 1, 7, 6, 1], columns.Select(q => q.Value!.Value));
        Assert.All(columns, q => Assert.True(q.Complete));
    }

    [Fact]
    public void Seed_article_totals_show_received_as_a_marked_lower_bound_of_handled()
    {
        // "received 91, resolved 73, of which 55 early": (3) is at least 91, nothing else is invented.
        var columns = Form06Columns.Of(TestFigures.Partial(received: 91, resolved: 73, early: 55));
        Assert.Equal(new Quantity(91, false), columns[0]);
        Assert.Equal([null, null, null], columns.Skip(1).Take(3).Select(q => q.Value));
        Assert.Equal(Quantity.Known(73), columns[4]);
        Assert.Equal(Quantity.Known(55), columns[5]);
        Assert.All(columns.Skip(6), q => Assert.False(q.IsKnown));
    }

    [Fact]
    public void Handled_takes_the_larger_lower_bound()
    {
        // Resolved 100 alone proves more handled dossiers than received 91 alone.
        var columns = Form06Columns.Of(TestFigures.Partial(received: 91, resolved: 100, early: null));
        Assert.Equal(new Quantity(100, false), columns[0]);
    }

    [Fact]
    public void Sum_is_unknown_only_where_no_row_knows_and_complete_only_where_all_are()
    {
        IReadOnlyList<Quantity> a = [Quantity.Known(1), Quantity.Unknown, .. Enumerable.Repeat(Quantity.Unknown, 9)];
        IReadOnlyList<Quantity> b = [Quantity.Known(2), Quantity.Known(5), .. Enumerable.Repeat(Quantity.Unknown, 9)];
        var sum = Form06Columns.Sum([a, b]);
        Assert.Equal(Quantity.Known(3), sum[0]);
        Assert.Equal(new Quantity(5, false), sum[1]);
        Assert.False(sum[2].IsKnown);
        Assert.All(Form06Columns.Sum([]), q => Assert.False(q.IsKnown));
    }
}

using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.UnitTests.Kpis;

public sealed class MeasureCatalogueTests
{
    // domain.md, "Canonical names of the measures": name and form columns, in its order.
    private static readonly (string Name, int[] FormColumns)[] DomainMd =
    [
        ("received_online", [4]), ("received_offline", [5]), ("carried_over", [6]), ("resolved_early", [8]),
        ("resolved_on_time", [9]), ("resolved_late", [10]), ("pending_within", [12]), ("pending_overdue", [13]),
        ("received", [4, 5]), ("handled", [3]), ("resolved", [7]), ("pending", [11]),
    ];

    [Fact]
    public void The_catalogue_has_the_twelve_measures_of_domain_md_in_order()
    {
        Assert.Equal(DomainMd.Select(d => d.Name), MeasureCatalogue.All.Select(m => m.Name));
        Assert.Equal(DomainMd.Select(d => string.Join("+", d.FormColumns)), MeasureCatalogue.All.Select(m => string.Join("+", m.FormColumns)));
        Assert.Equal(Enumerable.Range(0, 12), MeasureCatalogue.All.Select(m => m.Index));
        Assert.Equal(["received_online", "received_offline", "carried_over", "resolved_early", "resolved_on_time", "resolved_late", "pending_within", "pending_overdue"],
            MeasureCatalogue.Base.Select(m => m.Name));
        Assert.Equal(["received", "handled", "resolved", "pending"], MeasureCatalogue.Totals.Select(m => m.Name));
    }

    [Fact]
    public void Names_columns_and_form_columns_are_unique()
    {
        Assert.Equal(12, MeasureCatalogue.All.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(12, MeasureCatalogue.All.Select(m => m.Column).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        var single = MeasureCatalogue.All.Where(m => m.FormColumn is not null).Select(m => m.FormColumn!.Value).ToList();
        Assert.Equal(single.Count, single.Distinct().Count());
        // Columns 3-13 but none: every column of the form that holds a measure is found by its number.
        Assert.Equal([3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], single.Order());
        Assert.Equal("handled", MeasureCatalogue.ForFormColumn(3)!.Name);
        Assert.Null(MeasureCatalogue.ForFormColumn(2));
        Assert.Same(MeasureCatalogue.Handled, MeasureCatalogue.Find("handled"));
        Assert.Null(MeasureCatalogue.Find("early_or_on_time"));
    }

    [Fact]
    public void Every_measure_has_a_label_in_both_languages_and_with_its_form_columns()
    {
        foreach (var m in MeasureCatalogue.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(m.Vi), m.Name);
            Assert.False(string.IsNullOrWhiteSpace(m.En), m.Name);
            Assert.NotEqual(m.Vi, m.En);
        }
        Assert.Equal(12, MeasureCatalogue.All.Select(m => m.Vi).Distinct().Count());
        Assert.Equal(12, MeasureCatalogue.All.Select(m => m.En).Distinct().Count());
        Assert.Equal("Số hồ sơ nhận giải quyết (3)", MeasureCatalogue.Handled.LabelWithColumns(Language.Vi));
        Assert.Equal("Received in period (4)+(5)", MeasureCatalogue.Received.LabelWithColumns(Language.En));
    }

    [Fact]
    public void Each_type_with_a_property_per_measure_has_exactly_the_catalogue_columns()
    {
        var columns = MeasureCatalogue.All.Select(m => m.Column).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(columns, typeof(Measures).GetProperties().Where(p => p.PropertyType == typeof(int?)).Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(columns, typeof(SummedMeasures).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(columns, typeof(Figures).GetProperties().Where(p => p.PropertyType == typeof(Quantity)).Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(columns, Enum.GetValues<FigureColumn>().Where(c => c.Measure() is not null).Select(c => c.ToString()).Order(StringComparer.Ordinal));
        foreach (var m in MeasureCatalogue.All)
        {
            Assert.Equal(m.Column, m.FigureColumn().ToString());
            Assert.Equal(m.Name, FigureHeaders.CanonicalNames[m.FigureColumn()]);
        }
    }

    [Fact]
    public void Each_measure_reads_and_writes_its_own_property()
    {
        var values = new Measures();
        foreach (var m in MeasureCatalogue.All) values = m.With(values, 100 + m.Index);
        Assert.Equal(new Measures
        {
            ReceivedOnline = 100, ReceivedOffline = 101, CarriedOver = 102, ResolvedEarly = 103, ResolvedOnTime = 104, ResolvedLate = 105,
            PendingWithin = 106, PendingOverdue = 107, Received = 108, Handled = 109, Resolved = 110, Pending = 111,
        }, values);
        Assert.Equal(104, MeasureCatalogue.ResolvedOnTime.Of(values));

        var figures = Figures.From(m => Quantity.Known(m.Index), rows: 3, hasDemo: true);
        Assert.Equal(Quantity.Known(9), figures.Handled);
        Assert.Equal(Quantity.Known(7), figures.PendingOverdue);
        Assert.Equal(3, figures.Rows);
        Assert.True(figures.HasDemo);
        Assert.Equal(Quantity.Known(10), MeasureCatalogue.Resolved.Of(figures));
    }
}

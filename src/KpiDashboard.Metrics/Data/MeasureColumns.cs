using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

/// <summary>Maps the twelve measures to plain columns named after them (<see cref="Measure.Column"/>).</summary>
internal static class MeasureColumns
{
    /// <summary>A fact's values, with an optional prefix (a change's previous values).</summary>
    public static void Map(ComplexPropertyBuilder<Measures> m, string prefix = "")
    {
        foreach (var measure in MeasureCatalogue.All)
            m.Property<int?>(measure.Column).HasColumnName(prefix + measure.Column);
    }

    /// <summary>A summary row's sums: the measure's column holds the sum, its "Known" column how many facts knew it.</summary>
    public static void Map(ComplexPropertyBuilder<SummedMeasures> sums)
    {
        foreach (var measure in MeasureCatalogue.All)
        {
            sums.ComplexProperty<MeasureSum>(measure.Column, s =>
            {
                s.Property(x => x.Sum).HasColumnName(measure.Column);
                s.Property(x => x.Known).HasColumnName(measure.Column + "Known");
            });
        }
    }
}

using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;

namespace KpiDashboard.Web.Pages;

/// <summary>The period form of a page: the chosen period, every period of the data range, and the field filter.</summary>
public sealed record PeriodPicker(Period Period, IReadOnlyList<Period> Choices, Field? Field, IReadOnlyList<Field> Fields, bool ShowFields)
{
    public static PeriodPicker Create(Period period, DataRange range, Field? field, IReadOnlyList<Field> fields, bool showFields)
    {
        var choices = new List<Period>();
        var months = new List<Month>();
        for (var m = range.Last; m >= range.First; m = m.Previous) months.Add(m);
        choices.AddRange(months.Select(Period.OfMonth));
        foreach (var kind in new[] { PeriodKind.Quarter, PeriodKind.Half, PeriodKind.Year })
        {
            var seen = new HashSet<Period>();
            foreach (var m in months)
            {
                var p = Containing(kind, m);
                if (seen.Add(p)) choices.Add(p);
            }
        }
        if (!choices.Contains(period)) choices.Insert(0, period);
        return new PeriodPicker(period, choices, field, fields, showFields);
    }

    private static Period Containing(PeriodKind kind, Month m) => kind switch
    {
        PeriodKind.Quarter => new Period(kind, m.Year, (m.Number - 1) / 3 + 1),
        PeriodKind.Half => new Period(kind, m.Year, (m.Number - 1) / 6 + 1),
        _ => new Period(kind, m.Year, 1),
    };
}

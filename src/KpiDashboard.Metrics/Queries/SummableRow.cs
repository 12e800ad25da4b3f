using System.Linq.Expressions;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Metrics.Queries;

/// <summary>
/// A fact or a summary row in the one shape <see cref="FigureQuery"/> sums: its keys, how many facts it stands for, and
/// per measure the sum of the known values and how many facts knew it. A fact stands for itself; a summary row for
/// the facts of its grain (see <see cref="FactSummary"/>), with no commune unless it is a commune's.
/// </summary>
public sealed record SummableRow : IFactKeys
{
    public int Period { get; init; }
    public required string ProvinceCode { get; init; }
    public string? CommuneCode { get; init; }
    public required string FieldCode { get; init; }
    /// <summary>True for communes' figures, false for the provincial agencies'.</summary>
    public bool CommuneLevel { get; init; }
    public int Rows { get; init; }
    public int DemoRows { get; init; }
    public SummedMeasures Sums { get; init; }

    internal static readonly Expression<Func<FactSummary, SummableRow>> FromSummary = s => new SummableRow
    {
        Period = s.Period,
        ProvinceCode = s.ProvinceCode,
        CommuneCode = s.CommuneCode == FactSummary.All ? null : s.CommuneCode,
        FieldCode = s.FieldCode,
        CommuneLevel = s.CommuneLevel,
        Rows = s.Rows,
        DemoRows = s.DemoRows,
        Sums = s.Sums,
    };

    internal static readonly Expression<Func<Fact, SummableRow>> FromFact = WithSums(f => new SummableRow
    {
        Period = f.Period,
        ProvinceCode = f.ProvinceCode,
        CommuneCode = f.CommuneCode,
        FieldCode = f.FieldCode,
        CommuneLevel = f.CommuneCode != null,
        Rows = 1,
        DemoRows = f.IsDemo ? 1 : 0,
    });

    /// <summary>Adds to a fact's keys its measures as sums of one row: the value, and 1 if it is known.</summary>
    private static Expression<Func<Fact, SummableRow>> WithSums(Expression<Func<Fact, SummableRow>> keys)
    {
        var init = (MemberInitExpression)keys.Body;
        var values = Expression.Property(keys.Parameters[0], nameof(Fact.Values));
        var sums = Expression.MemberInit(Expression.New(typeof(SummedMeasures)), MeasureCatalogue.All.Select(m =>
        {
            var value = MeasureProperties<Measures, int?>.Access(values, m);
            var known = Expression.Condition(Expression.NotEqual(value, Expression.Constant(null, typeof(int?))), Expression.Constant(1), Expression.Constant(0));
            return MeasureProperties<SummedMeasures, MeasureSum>.Bind(m, MeasureSumOf(Expression.Convert(value, typeof(long?)), known));
        }));
        var bindings = init.Bindings.Append(Expression.Bind(typeof(SummableRow).GetProperty(nameof(Sums))!, sums));
        return Expression.Lambda<Func<Fact, SummableRow>>(init.Update(init.NewExpression, bindings), keys.Parameters);
    }

    /// <summary>new MeasureSum { Sum = sum, Known = known }, for expressions that EF translates.</summary>
    internal static MemberInitExpression MeasureSumOf(Expression sum, Expression known) =>
        Expression.MemberInit(Expression.New(typeof(MeasureSum)),
            Expression.Bind(typeof(MeasureSum).GetProperty(nameof(MeasureSum.Sum))!, sum),
            Expression.Bind(typeof(MeasureSum).GetProperty(nameof(MeasureSum.Known))!, known));
}

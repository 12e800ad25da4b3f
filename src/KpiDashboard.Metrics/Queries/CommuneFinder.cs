using System.Linq.Expressions;

namespace KpiDashboard.Metrics.Queries;

/// <summary>Whether a grouping key reads <see cref="SummableRow.CommuneCode"/>, which only the facts have.</summary>
internal sealed class CommuneFinder : ExpressionVisitor
{
    private bool _found;

    public static bool Reads(Expression key)
    {
        var finder = new CommuneFinder();
        finder.Visit(key);
        return finder._found;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member.DeclaringType == typeof(SummableRow) && node.Member.Name == nameof(SummableRow.CommuneCode)) _found = true;
        return base.VisitMember(node);
    }
}

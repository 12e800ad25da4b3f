using System.Linq.Expressions;

namespace KpiDashboard.Metrics.Queries;

/// <summary>The members of <see cref="SummableRow"/> that a grouping key reads, to pick the rows that can answer it.</summary>
internal sealed class KeyMembers : ExpressionVisitor
{
    private readonly HashSet<string> _read = [];

    public static IReadOnlySet<string> Read(Expression key)
    {
        var finder = new KeyMembers();
        finder.Visit(key);
        return finder._read;
    }

    protected override Expression VisitMember(MemberExpression node)
    {
        if (node.Member.DeclaringType == typeof(SummableRow)) _read.Add(node.Member.Name);
        return base.VisitMember(node);
    }
}

using System.Linq.Expressions;
using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Internal;

namespace KpiDashboard.Metrics.Data;

/// <summary>
/// The query filters of the unit tables: every page, list and lookup is about today's units; the old ones are read on
/// purpose, with IgnoreQueryFilters (see History/UnitHistory), so that no existing query sees two provinces 25.
/// </summary>
/// <remarks>
/// Declared once here because EF Core cannot write query filters into a compiled model: the configurations declare
/// them for the model built at run time, and CompiledModels/*/QueryFilters.cs adds the same expressions to the
/// compiled ones (CompiledModelTests compares the two).
/// </remarks>
internal static class CurrentUnits
{
    public static readonly Expression<Func<Province, bool>> Provinces = p => p.ValidTo == null;

    public static readonly Expression<Func<Commune, bool>> Communes = c => c.ValidTo == null;

    /// <summary>Gives an entity type of a compiled model its filter, as HasQueryFilter gives it to a built one.</summary>
    public static void AddTo(RuntimeEntityType entityType, LambdaExpression filter)
    {
#pragma warning disable EF1001 // EF Core's own representation of an entity type's filters; CompiledModelTests compares it with a built model's.
        entityType.AddAnnotation(CoreAnnotationNames.QueryFilter, new QueryFilterCollection([new RuntimeQueryFilter(null, filter)]));
#pragma warning restore EF1001
    }
}

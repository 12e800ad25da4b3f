using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Metadata.Conventions;
using Microsoft.EntityFrameworkCore.Metadata.Conventions.Infrastructure;

namespace KpiDashboard.Metrics.Data;

/// <summary>
/// EF Core indexes every foreign key's columns, for deletes from the parent table. A column marked <see cref="Unindexed"/>
/// keeps its foreign key but gets no such index: its parents (batches, fields) are never deleted, and on Dossiers each of
/// those indexes cost half a second per million rows at a first load.
/// </summary>
internal sealed class ForeignKeyIndexUnlessUnindexed(ProviderConventionSetBuilderDependencies dependencies) : ForeignKeyIndexConvention(dependencies)
{
    public const string Unindexed = "Kpi:ForeignKeyUnindexed";

    protected override IConventionIndex? CreateIndex(IReadOnlyList<IConventionProperty> properties, bool unique, IConventionEntityTypeBuilder entityTypeBuilder) =>
        properties.Any(p => p.FindAnnotation(Unindexed) is not null) ? null : base.CreateIndex(properties, unique, entityTypeBuilder);
}

using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class ReplacedDossierConfiguration : IEntityTypeConfiguration<ReplacedDossier>
{
    public void Configure(EntityTypeBuilder<ReplacedDossier> builder)
    {
        // A batch replaces a dossier once; rolling it back reads its rows by this key's first column.
        builder.HasKey(d => new { d.ReplacedByBatchId, d.Id });
        builder.Property(d => d.Id).ValueGeneratedNever();
        DossierConfiguration.Columns(builder);
        builder.HasOne<Batch>().WithMany().HasForeignKey(d => d.ReplacedByBatchId).OnDelete(DeleteBehavior.Restrict);
        // Found by the batch that wrote them: a later batch that replaced them must be rolled back first.
        builder.HasOne<Batch>().WithMany().HasForeignKey(d => d.BatchId).OnDelete(DeleteBehavior.Restrict);
    }
}

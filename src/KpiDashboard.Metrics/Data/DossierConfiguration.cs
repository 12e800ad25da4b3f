using KpiDashboard.Metrics.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KpiDashboard.Metrics.Data;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.HasKey(d => d.Id);
        Columns(builder);
        builder.Property(d => d.BatchId).HasAnnotation(ForeignKeyIndexUnlessUnindexed.Unindexed, true);
        builder.HasIndex(d => new { d.UnitCode, d.Code }).IsUnique();
        builder.HasIndex(d => new { d.ProvinceCode, d.ReceivedOn });
        builder.HasIndex(d => new { d.ProcedureCode, d.ReceivedOn });
        builder.HasOne<Batch>().WithMany().HasForeignKey(d => d.BatchId).OnDelete(DeleteBehavior.Restrict);
    }

    /// <summary>The columns both tables of dossiers share.</summary>
    public static void Columns<T>(EntityTypeBuilder<T> builder) where T : DossierRecord
    {
        builder.Property(d => d.UnitCode).HasMaxLength(5);
        builder.Property(d => d.ProvinceCode).HasMaxLength(2);
        builder.Property(d => d.CommuneCode).HasMaxLength(5);
        builder.Property(d => d.OldProvinceCode).HasMaxLength(2);
        builder.Property(d => d.OldCommuneCode).HasMaxLength(5);
        builder.Property(d => d.Code).HasMaxLength(100);
        builder.Property(d => d.ProcedureCode).HasMaxLength(50);
        builder.Property(d => d.ProcedureName).HasMaxLength(500);
        builder.Property(d => d.FieldCode).HasMaxLength(20).HasAnnotation(ForeignKeyIndexUnlessUnindexed.Unindexed, true);
        builder.HasOne<Field>().WithMany().HasForeignKey(d => d.FieldCode).OnDelete(DeleteBehavior.Restrict);
    }
}

using System.Security.Cryptography;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>Ingests a figures file: read, validate every row, then write one batch or nothing at all.</summary>
public sealed class IngestService(KpiDbContext db, BatchWriter writer, AccessScope access)
{
    public async Task<IngestResult> IngestAsync(Stream content, string sourceName, IngestOptions options, CancellationToken ct = default)
    {
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
        content.Position = 0;
        var units = await UnitDirectory.LoadAsync(db, ct);
        var file = FigureFile.Read(content, units, access, options.Xlsx);
        if (file.Errors.Count > 0)
            return new IngestResult { SourceName = sourceName, SourceHash = hash, RowsRead = file.RowsRead, Errors = file.Errors, DryRun = options.DryRun };
        return await writer.WriteAsync(file, sourceName, hash, options, ct);
    }
}

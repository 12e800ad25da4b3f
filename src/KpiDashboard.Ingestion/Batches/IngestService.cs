using System.Security.Cryptography;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>Ingests a figures file: read and validate every row as it streams, then write one batch or nothing at all.</summary>
public sealed class IngestService(KpiDbContext db, BatchWriter writer)
{
    public async Task<IngestResult> IngestAsync(Stream content, string sourceName, IngestOptions options, CancellationToken ct = default)
    {
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct));
        content.Position = 0;
        var units = await UnitDirectory.LoadAsync(db, ct);
        using var figures = FigureStream.Open(content, units);
        return await writer.WriteAsync(figures, sourceName, hash, options, ct);
    }
}

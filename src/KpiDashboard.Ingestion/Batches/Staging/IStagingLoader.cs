using KpiDashboard.Ingestion.Figures;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>Streams validated rows into the staging table (or, at a first load, into Facts) by the engine's fast path.</summary>
internal interface IStagingLoader : IAsyncDisposable
{
    ValueTask AddAsync(FigureRow row, CancellationToken ct);

    /// <summary>Flushes what is buffered; the table has every row afterwards.</summary>
    ValueTask CompleteAsync(CancellationToken ct);
}

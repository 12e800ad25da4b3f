namespace KpiDashboard.Ingestion.Dossiers.Staging;

/// <summary>Streams valid dossiers into the staging table by the engine's fast path.</summary>
internal interface IDossierLoader : IAsyncDisposable
{
    void Add(DossierRow row);

    /// <summary>Flushes what is buffered; the staging table is complete afterwards.</summary>
    ValueTask CompleteAsync(CancellationToken ct);
}

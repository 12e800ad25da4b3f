namespace KpiDashboard.Ingestion.Tables;

/// <summary>
/// The shape a source table may have, checked while it is read (configuration section <c>Ingest</c>): a real figures file
/// has a dozen columns and short cells, and Biểu 06 a few hundred rows. Anything beyond stops the read with one error
/// naming the cell, before it costs memory or time.
/// </summary>
public sealed class TableLimits
{
    public const string Section = "Ingest";

    public static TableLimits Default { get; } = new();

    public int MaxColumns { get; set; } = 64;

    public int MaxRows { get; set; } = 2_000_000;

    /// <summary>Rows of a Biểu 06 sheet, which is read whole into memory.</summary>
    public int FormMaxRows { get; set; } = 5_000;

    public int MaxCellChars { get; set; } = 4_000;

    /// <summary>Bytes of a JSON table, which is parsed whole: CSV and XLSX stream, so they have no such bound.</summary>
    public long JsonMaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>Rows of a dossier list, which streams: a province's one-stop system holds 1–3 million dossiers a year.</summary>
    public int DossierMaxRows { get; set; } = 5_000_000;

    /// <summary>These limits with a dossier list's rows in place of a figures file's; every other limit as it is.</summary>
    public TableLimits ForDossierList()
    {
        var limits = (TableLimits)MemberwiseClone();
        limits.MaxRows = DossierMaxRows;
        return limits;
    }
}

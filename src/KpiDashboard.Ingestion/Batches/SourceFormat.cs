namespace KpiDashboard.Ingestion.Batches;

public enum SourceFormat
{
    /// <summary>A Biểu 06 workbook when it looks like one, else a figures table.</summary>
    Auto,
    /// <summary>CSV or XLSX with one row per fact and canonical or Vietnamese headers.</summary>
    Table,
    /// <summary>Biểu số 06/VPCP/KSTT as officials fill it in.</summary>
    Form06,
    /// <summary>A JSON array of objects with the canonical keys.</summary>
    Json,
    /// <summary>Vietnamese prose (a report or a news article).</summary>
    Text,
    /// <summary>A one-stop system's list of dossiers (CSV or XLSX, one row per dossier): the figures are computed from it.</summary>
    Dossiers,
}

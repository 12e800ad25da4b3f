namespace KpiDashboard.Ingestion.Tables;

/// <summary>An XLSX package over the <see cref="XlsxLimits"/>: rejected as a file error, never opened.</summary>
public sealed class XlsxLimitException(string messageVi, string messageEn) : IOException(messageEn)
{
    public string MessageVi { get; } = messageVi;
}

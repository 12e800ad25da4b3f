namespace KpiDashboard.Ingestion.Tables;

/// <summary>A table read row by row: the first non-blank row is the header.</summary>
public interface ITableSource : IDisposable
{
    IEnumerable<TableRow> Rows();
}

using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Figures;

/// <summary>
/// A figures file read one row at a time: the header is checked on open, then every row is validated as it is
/// enumerated, with its errors added to the caller's list. Duplicate keys are not checked here: that needs every key,
/// which a caller keeps in memory (<see cref="FigureFile.Read"/>) or in the database (the batch writer's staging table).
/// </summary>
public sealed class FigureStream : IDisposable
{
    private readonly ITableSource? _source;
    private readonly IEnumerator<TableRow>? _table;
    private readonly FigureRowParser? _parser;

    private FigureStream(ITableSource? source, IEnumerator<TableRow>? table, FigureRowParser? parser,
        IngestErrors headerErrors, IReadOnlySet<FigureColumn> measures)
    {
        _source = source;
        _table = table;
        _parser = parser;
        HeaderErrors = headerErrors;
        Measures = measures;
    }

    /// <summary>Errors that stop the file before its first row: unreadable, empty, bad header.</summary>
    public IngestErrors HeaderErrors { get; }

    /// <summary>The measure columns the file has: the others are left as they were on update.</summary>
    public IReadOnlySet<FigureColumn> Measures { get; }

    public int RowsRead { get; private set; }

    /// <summary>Rows of provinces outside this scope become errors instead of rows.</summary>
    public AccessScope Access { get; private set; } = AccessScope.All;

    public FigureStream RestrictTo(AccessScope access)
    {
        Access = access;
        return this;
    }

    public static FigureStream Open(Stream stream, UnitDirectory units) => Open(() => TableSources.Open(stream), units);

    /// <summary>Any table: CSV, XLSX, or the objects of a JSON array.</summary>
    /// <param name="today">Vietnam's today: a row of a later month is refused (none when null).</param>
    public static FigureStream Open(Func<ITableSource> open, UnitDirectory units, DateOnly? today = null)
    {
        ITableSource? source = null;
        IEnumerator<TableRow>? table = null;
        try
        {
            source = open();
            table = source.Rows().Where(r => !r.IsBlank).GetEnumerator();
            if (!table.MoveNext())
                return Failed(source, table, IngestError.File("empty_file", "Tệp không có dữ liệu.", "The file has no data."));
            var header = new TableHeader(table.Current.Number, table.Current.Cells);
            var (columns, headerErrors) = FigureHeaders.Map(header);
            if (headerErrors.Count > 0) return new FigureStream(source, table, null, headerErrors, new HashSet<FigureColumn>());
            var measures = columns.Keys.Where(c => c >= FigureColumn.ReceivedOnline).ToHashSet();
            return new FigureStream(source, table, new FigureRowParser(units, columns, today), [], measures);
        }
        catch (XlsxLimitException e)
        {
            return Failed(source, table, IngestError.File("xlsx_too_large", e.MessageVi, e.Message));
        }
        catch (TableLimitException e)
        {
            return Failed(source, table, e.ToError());
        }
        catch (Exception e) when (IsUnreadable(e))
        {
            return Failed(source, table, Unreadable(e));
        }
    }

    /// <summary>The valid rows, in file order; invalid rows add their errors instead, and so does an unreadable rest of file.</summary>
    public IEnumerable<FigureRow> Rows(IngestErrors errors)
    {
        if (_parser is null || _table is null) yield break;
        while (true)
        {
            FigureRow? row;
            try
            {
                if (!_table.MoveNext()) break;
                RowsRead++;
                row = _parser.Parse(_table.Current, errors);
            }
            catch (TableLimitException e)
            {
                errors.Add(e.ToError());
                yield break;
            }
            catch (Exception e) when (IsUnreadable(e))
            {
                errors.Add(Unreadable(e));
                yield break;
            }
            if (row is null) continue;
            if (Access.CanIngestInto(_parser!.ProvinceToday(row.Key), row.Key.CommuneCode)) yield return row;
            else errors.Add(ForbiddenProvince.For(row, Access));
        }
        if (RowsRead == 0) errors.Add(IngestError.File("empty_file", "Tệp chỉ có dòng tiêu đề.", "The file has a header but no rows."));
    }

    // A broken file can fail deep inside the CSV decoder or the XLSX package reader, with many exception types.
    private static bool IsUnreadable(Exception e) => e is not OperationCanceledException and not OutOfMemoryException;

    private static IngestError Unreadable(Exception e) => UnreadableFile.Error(e);

    private static FigureStream Failed(ITableSource? source, IEnumerator<TableRow>? table, IngestError error) =>
        new(source, table, null, [error], new HashSet<FigureColumn>());

    public void Dispose()
    {
        _table?.Dispose();
        _source?.Dispose();
    }
}

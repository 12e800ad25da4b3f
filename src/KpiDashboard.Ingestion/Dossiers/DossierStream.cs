using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.Ingestion.Dossiers;

/// <summary>
/// A dossier list (CSV or XLSX) read one row at a time: the header is checked on open (its ignored columns become
/// warnings), then every row is validated as it is enumerated, with its errors added to the caller's list. Repeated
/// codes are not checked here: that needs every code, which the batch keeps in its staging table.
/// </summary>
public sealed class DossierStream : IDisposable
{
    private readonly ITableSource? _source;
    private readonly IEnumerator<TableRow>? _table;
    private readonly DossierRowParser? _parser;
    private readonly AccessScope _access;

    private DossierStream(ITableSource? source, IEnumerator<TableRow>? table, DossierRowParser? parser, AccessScope access,
        IngestErrors headerErrors, IReadOnlyList<IngestWarning> warnings)
    {
        _source = source;
        _table = table;
        _parser = parser;
        _access = access;
        HeaderErrors = headerErrors;
        Warnings = warnings;
    }

    /// <summary>Errors that stop the list before its first row: unreadable, empty, bad header.</summary>
    public IngestErrors HeaderErrors { get; }

    public IReadOnlyList<IngestWarning> Warnings { get; }

    public int RowsRead { get; private set; }

    /// <param name="today">Today in Vietnam: no dossier is received or finished after it.</param>
    public static DossierStream Open(Func<ITableSource> open, UnitDirectory units, DossierRules rules, AccessScope access, DateOnly today)
    {
        ITableSource? source = null;
        IEnumerator<TableRow>? table = null;
        try
        {
            source = open();
            table = source.Rows().Where(r => !r.IsBlank).GetEnumerator();
            if (!table.MoveNext())
                return Failed(source, table, IngestError.File("empty_file", "Tệp không có dữ liệu.", "The file has no data."));
            var mapping = DossierHeaders.Map(new TableHeader(table.Current.Number, table.Current.Cells));
            if (mapping.Errors.Count > 0) return new DossierStream(source, table, null, access, mapping.Errors, []);
            var warnings = new List<IngestWarning>();
            if (mapping.Personal.Count > 0)
                warnings.Add(new IngestWarning(table.Current.Number, string.Join(", ", mapping.Personal), "", "personal_data_ignored",
                    $"Không đọc các cột dữ liệu cá nhân (Nghị định 13/2023/NĐ-CP): {string.Join(", ", mapping.Personal)}.",
                    $"Columns of personal data not read (Decree 13/2023): {string.Join(", ", mapping.Personal)}."));
            if (mapping.Other.Count > 0)
                warnings.Add(new IngestWarning(table.Current.Number, string.Join(", ", mapping.Other), "", "column_ignored",
                    $"Không đọc các cột không nhận ra: {string.Join(", ", mapping.Other)}.",
                    $"Unrecognised columns not read: {string.Join(", ", mapping.Other)}."));
            return new DossierStream(source, table, new DossierRowParser(units, rules, mapping.Columns, today), access, [], warnings);
        }
        catch (Exception e) when (ToError(e) is { } error)
        {
            return Failed(source, table, error);
        }
    }

    /// <summary>The valid rows, in file order; invalid rows add their errors instead, and so does an unreadable rest of file.</summary>
    public IEnumerable<DossierRow> Rows(IngestErrors errors)
    {
        if (_parser is null || _table is null) yield break;
        while (true)
        {
            DossierRow? row;
            try
            {
                if (!_table.MoveNext()) break;
                RowsRead++;
                row = _parser.Parse(_table.Current, errors);
            }
            catch (Exception e) when (ToError(e) is { } error)
            {
                errors.Add(error);
                yield break;
            }
            if (row is null) continue;
            // Held to the same scope as a figures file: a list's dossiers become its units' figures.
            if (_access.CanIngestInto(row.ProvinceCode, row.CommuneCode)) yield return row;
            else errors.Add(ForbiddenProvince.For(row.Row, row.ProvinceCode, row.CommuneCode, _access));
        }
        if (RowsRead == 0) errors.Add(IngestError.File("empty_file", "Tệp chỉ có dòng tiêu đề.", "The file has a header but no rows."));
    }

    // A broken file can fail deep inside the CSV decoder or the XLSX package reader, with many exception types.
    private static IngestError? ToError(Exception e) => e switch
    {
        TableLimitException limit => limit.ToError(),
        XlsxLimitException xlsx => IngestError.File("xlsx_too_large", xlsx.MessageVi, xlsx.Message),
        OperationCanceledException or OutOfMemoryException => null,
        _ => UnreadableFile.Error(e),
    };

    private static DossierStream Failed(ITableSource? source, IEnumerator<TableRow>? table, IngestError error) =>
        new(source, table, null, AccessScope.All, [error], []);

    public void Dispose()
    {
        _table?.Dispose();
        _source?.Dispose();
    }
}

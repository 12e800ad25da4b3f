using System.Security.Cryptography;
using System.Text;
using KpiDashboard.Ingestion.Dossiers;
using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Ingestion.Forms;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Submissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Ingestion.Batches;

/// <summary>
/// Ingests a source (figures table, Biểu 06 workbook, JSON array, Vietnamese prose): read, validate every row,
/// then write one batch or nothing at all.
/// </summary>
public sealed class IngestService(KpiDbContext db, BatchWriter writer, TimeProvider time, AccessScope access,
    IOptions<TableLimits>? tableLimits = null, IOptions<NarrativeLimits>? narrativeLimits = null, IOptions<DossierRuleOptions>? dossierRules = null,
    KpiDashboard.Metrics.Dossiers.IReportingWindows? reportingWindows = null)
{
    private readonly TableLimits _tables = tableLimits?.Value ?? TableLimits.Default;
    private readonly NarrativeLimits _narrative = narrativeLimits?.Value ?? NarrativeLimits.Default;

    public async Task<IngestResult> IngestAsync(Stream content, string sourceName, IngestOptions options, CancellationToken ct = default)
    {
        if (!content.CanSeek)
        {
            var buffer = new MemoryStream();
            await content.CopyToAsync(buffer, ct);
            buffer.Position = 0;
            content = buffer;
        }
        // The file's hash and the units do not wait on each other: on a second core the hash (0.2 s for a 70 MB list) costs nothing.
        var hashing = Task.Run(async () => Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct)), ct);
        var loading = UnitDirectory.LoadAsync(db, ct);
        await Task.WhenAll(hashing, loading);
        var (hash, units) = (await hashing, await loading);
        content.Position = 0;
        if (XlsxTooLarge(content, options.Xlsx ?? XlsxLimits.Default) is { } tooLarge)
            return new IngestResult { SourceName = sourceName, SourceHash = hash, DryRun = options.DryRun, Errors = [tooLarge] };
        var format = options.Format == SourceFormat.Auto ? Detect(content, _tables, ct) : options.Format;
        if (format == SourceFormat.Form06 && options.Channel != SubmissionChannel.Pull) options = options with { Channel = SubmissionChannel.Form };
        if (format is SourceFormat.Table or SourceFormat.Json or SourceFormat.Dossiers && options.Scope is { } given && given != new IngestScope())
            return new IngestResult { SourceName = sourceName, SourceHash = hash, DryRun = options.DryRun, Errors = [ScopeNotApplicable] };
        if (format == SourceFormat.Dossiers)
            return await new DossierIngest(db, writer, access, time, dossierRules?.Value, reportingWindows).IngestAsync(() => TableSources.Open(content, options.Xlsx, _tables.ForDossierList(), ct), units, sourceName, hash, options, ct);
        var today = VietnamTime.Today(time);
        if (format is SourceFormat.Table or SourceFormat.Json)
        {
            // Tables stream: every row is validated on its way into the database, so memory stays flat.
            using var figures = (format == SourceFormat.Json
                ? FigureStream.Open(() => new JsonTableSource(content, _tables), units, today)
                : FigureStream.Open(() => TableSources.Open(content, options.Xlsx, _tables, ct), units, today)).RestrictTo(access);
            return await writer.WriteAsync(figures, sourceName, hash, options, ct);
        }

        var fields = await db.Fields.AsNoTracking().ToListAsync(ct);
        var scopeErrors = new IngestErrors();
        var scope = ResolvedScope.Resolve(options.Scope, units, scopeErrors);
        var (file, warnings) = scopeErrors.Count > 0
            ? (new FigureFile.Result([], scopeErrors, 0, new HashSet<FigureColumn>()), [])
            : format == SourceFormat.Form06 ? ReadForm(content, units, scope, today, ct)
            : await ReadTextAsync(content, units, fields, scope, today, ct);
        file = Forbidden(file, units);
        if (file.Errors.Count > 0)
            return new IngestResult { SourceName = sourceName, SourceHash = hash, RowsRead = file.RowsRead, Errors = file.Errors, Warnings = warnings, DryRun = options.DryRun };
        var result = await writer.WriteAsync(file, sourceName, hash, options, ct);
        return result with { Warnings = [.. warnings, .. result.Warnings], Understood = file.Rows.Select(Understand).ToList() };
    }

    /// <summary>A zip bomb is refused before any reader (ClosedXML, the form reader) inflates it.</summary>
    private static IngestError? XlsxTooLarge(Stream content, XlsxLimits limits)
    {
        Span<byte> head = stackalloc byte[4];
        var read = content.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        content.Position = 0;
        if (read < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) return null;
        try
        {
            XlsxZipCheck.Ensure(content, limits);
            return null;
        }
        catch (XlsxLimitException e)
        {
            return IngestError.File("xlsx_too_large", e.MessageVi, e.Message);
        }
        catch (InvalidDataException e)
        {
            return UnreadableFile.Error(e);
        }
        finally
        {
            content.Position = 0;
        }
    }

    private static readonly IngestError ScopeNotApplicable = IngestError.File("scope_not_applicable",
        "--province, --commune, --period và --field chỉ dùng cho biểu 06 và văn bản: tệp số liệu ghi chúng trong từng dòng.",
        "--province, --commune, --period and --field apply to Biểu 06 and text only: a figures table has them in every row.");

    /// <summary>The forms and prose, read whole: they are small, and their rows state only some figures.</summary>
    private (FigureFile.Result File, IReadOnlyList<IngestWarning> Warnings) ReadForm(Stream content, UnitDirectory units, ResolvedScope scope,
        DateOnly today, CancellationToken ct)
    {
        var form = Form06Reader.Read(content, units, scope, _tables, today, ct);
        return (form.File, form.Warnings);
    }

    private async Task<(FigureFile.Result File, IReadOnlyList<IngestWarning> Warnings)> ReadTextAsync(Stream content, UnitDirectory units,
        IReadOnlyList<Field> fields, ResolvedScope scope, DateOnly today, CancellationToken ct)
    {
        string? whole;
        try
        {
            whole = await NotUtf8Exception.ReadTextAsync(content, reader => _narrative.ReadAsync(reader, ct));
        }
        catch (NotUtf8Exception notUtf8)
        {
            return (new FigureFile.Result([], new IngestErrors { notUtf8.ToError() }, 0, new HashSet<FigureColumn>()), []);
        }
        if (whole is null)
        {
            var errors = new IngestErrors { IngestError.File("text_too_long", _narrative.TooLongVi, _narrative.TooLongEn) };
            return (new FigureFile.Result([], errors, 0, new HashSet<FigureColumn>()), []);
        }
        var text = NarrativeIngest.Read(whole, units, fields, scope, today, ct);
        return (text.File, text.Warnings);
    }

    /// <summary>Whatever the format, a file with rows for a province outside the caller's scope is rejected whole.</summary>
    private FigureFile.Result Forbidden(FigureFile.Result file, UnitDirectory units)
    {
        var forbidden = file.Rows.Where(r => !access.CanIngestInto(units.ProvinceToday(r.Key.Period, r.Key.ProvinceCode), r.Key.CommuneCode)).Select(r => ForbiddenProvince.For(r, access)).ToList();
        if (forbidden.Count == 0) return file;
        var errors = new IngestErrors();
        errors.AddRange(file.Errors);
        errors.AddRange(forbidden);
        return file with { Errors = errors };
    }

    private static UnderstoodRow Understand(FigureRow row)
    {
        var known = MeasureCatalogue.All.Select(m => (m.Name, Value: m.Of(row.Values))).Where(m => m.Value is not null);
        return new UnderstoodRow(row.Key, known.ToDictionary(m => m.Name, m => m.Value!.Value));
    }

    /// <summary>A file whose first character (after a byte order mark and white space) opens an array or an object: no CSV header does.</summary>
    private static bool IsJson(Stream content)
    {
        Span<byte> head = stackalloc byte[256];
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        content.Position = 0;
        var text = head[..read];
        if (text.StartsWith("\uFEFF"u8)) text = text[3..];
        text = text.TrimStart(" \t\r\n"u8);
        return !text.IsEmpty && text[0] is (byte)'[' or (byte)'{';
    }

    /// <summary>A table whose header has a dossier code and a received date is a dossier list.</summary>
    private static bool IsDossierList(Stream content, TableLimits? limits, CancellationToken ct)
    {
        try
        {
            Span<byte> head = stackalloc byte[4];
            var read = content.ReadAtLeast(head, 4, throwOnEndOfStream: false);
            content.Position = 0;
            if (read == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4)
            {
                using var source = TableSources.Open(content, limits: limits, ct: ct);
                return source.Rows().FirstOrDefault(r => !r.IsBlank) is { } first && DossierHeaders.LooksLikeDossiers(first.Cells);
            }
            // The CSV reader owns its stream; the header line is read here instead, leaving the stream open, from the
            // file's first 64 K characters only: a file of one endless line must not be read whole to be told apart.
            using var reader = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 4096, leaveOpen: true);
            var start = new char[64 * 1024];
            var lines = new string(start, 0, reader.ReadBlock(start)).Split('\n');
            foreach (var line in lines.Take(20))
            {
                if (line.Trim().Length == 0) continue;
                var separator = line.Count(c => c == ';') > line.Count(c => c == ',') ? ';' : ',';
                return DossierHeaders.LooksLikeDossiers(line.Split(separator).Select(c => c.Trim().Trim('"')).ToList());
            }
            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            return false;
        }
        finally
        {
            content.Position = 0;
        }
    }

    /// <summary>A workbook whose first row is not a figures header but that is laid out as Biểu 06 is read as the form.</summary>
    public static SourceFormat Detect(Stream content, TableLimits? limits = null, CancellationToken ct = default)
    {
        if (IsJson(content)) return SourceFormat.Json;
        if (IsDossierList(content, limits, ct)) return SourceFormat.Dossiers;
        Span<byte> head = stackalloc byte[4];
        var read = content.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        content.Position = 0;
        var isZip = read == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        if (!isZip) return SourceFormat.Table;
        var isTable = false;
        try
        {
            using var source = TableSources.Open(content, limits: limits, ct: ct);
            if (source.Rows().FirstOrDefault(r => !r.IsBlank) is { } first)
                isTable = FigureHeaders.Map(new TableHeader(first.Number, first.Cells)).Errors.Count == 0;
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            isTable = false;
        }
        content.Position = 0;
        return !isTable && Form06Reader.LooksLikeForm(content, limits, ct) ? SourceFormat.Form06 : SourceFormat.Table;
    }
}

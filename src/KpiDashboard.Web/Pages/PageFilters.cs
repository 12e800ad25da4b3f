using KpiDashboard.Ingestion;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Web.Pages;

/// <summary>Reads the filters of the query string (period, field, province, commune) or says clearly why it cannot.</summary>
public sealed class PageFilters(KpiDbContext db, UnitsCache unitsCache, DataRangeCache ranges, DataVersion version, TimeProvider time, AccessScope access)
{
    private Units? _units;
    private DataRange? _range;

    public async Task<Units> UnitsAsync(CancellationToken ct) => _units ??= await unitsCache.GetAsync(db, await version.GetAsync(ct), ct);

    /// <summary>The provinces the caller may read, for the tables and the ranking: a province officer sees only theirs.</summary>
    public async Task<IReadOnlyList<Province>> ReadableProvincesAsync(CancellationToken ct) =>
        (await UnitsAsync(ct)).Provinces.Where(p => access.CanRead(p.Code)).ToList();

    /// <summary>The months that have figures; without any, the last complete month in Vietnam.</summary>
    public async Task<DataRange> RangeAsync(CancellationToken ct)
    {
        if (_range is not null) return _range;
        var data = await version.GetAsync(ct);
        if (ranges.Get(data) is { } kept) return _range = kept;
        // One round trip; each bound its own subquery, so both engines seek the index for it instead of scanning the facts.
        var range = (await db.Database.SqlQueryRaw<PeriodBounds>(
            "SELECT (SELECT MIN(\"Period\") FROM \"Facts\") AS \"First\", (SELECT MAX(\"Period\") FROM \"Facts\") AS \"Last\"").ToListAsync(ct)).Single();
        if (range is { First: { } f, Last: { } l })
        {
            _range = new DataRange(Month.FromKey((int)f), Month.FromKey((int)l), true);
            ranges.Set(data, _range);
            return _range;
        }
        var now = VietnamTime.ToVietnam(time.GetUtcNow());
        var month = new Month(now.Year, now.Month).Previous;
        return _range = new DataRange(month, month, false);
    }

    private sealed record PeriodBounds(long? First, long? Last);

    /// <summary>The period asked for, or the latest month with figures.</summary>
    public async Task<Period> PeriodAsync(string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return Period.OfMonth((await RangeAsync(ct)).Last);
        if (Period.TryParse(text, out var period)) return period;
        throw InvalidQueryException.BadRequest(
            $"Kỳ báo cáo không hợp lệ: \"{IngestText.Echo(text)}\". Hãy dùng tháng (2025-07), quý (2025-Q3), nửa năm (2025-H1) hoặc năm (2025).",
            $"Invalid period \"{IngestText.Echo(text)}\". Use a month (2025-07), a quarter (2025-Q3), a half (2025-H1) or a year (2025).");
    }

    public async Task<Month> MonthAsync(string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return (await RangeAsync(ct)).Last;
        if (Period.TryParse(text, out var period)) return period.Last;
        throw InvalidQueryException.BadRequest($"Tháng không hợp lệ: \"{IngestText.Echo(text)}\" (ví dụ 2025-07).", $"Invalid month \"{IngestText.Echo(text)}\" (e.g. 2025-07).");
    }

    /// <summary>An optional field filter, by code or name.</summary>
    public async Task<Field?> FieldAsync(string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var units = await UnitsAsync(ct);
        return units.Directory.FindField(text).Item
            ?? throw InvalidQueryException.NotFound($"Không tìm thấy lĩnh vực \"{IngestText.Echo(text)}\".", $"Unknown field \"{IngestText.Echo(text)}\".");
    }

    public async Task<Province> ProvinceAsync(string? text, CancellationToken ct)
    {
        var units = await UnitsAsync(ct);
        return (string.IsNullOrWhiteSpace(text) ? null : units.Directory.FindProvince(text).Item)
            ?? throw InvalidQueryException.NotFound($"Không tìm thấy tỉnh, thành phố \"{IngestText.Echo(text)}\".", $"Unknown province \"{IngestText.Echo(text)}\".");
    }

    public async Task<Commune> CommuneAsync(string? text, CancellationToken ct)
    {
        var units = await UnitsAsync(ct);
        return (string.IsNullOrWhiteSpace(text) ? null : units.Directory.FindCommuneAnywhere(text).Item)
            ?? throw InvalidQueryException.NotFound($"Không tìm thấy xã, phường \"{IngestText.Echo(text)}\".", $"Unknown commune \"{IngestText.Echo(text)}\".");
    }

    public static int PageNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 1;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= 10_000) return page;
        throw InvalidQueryException.BadRequest($"Số trang không hợp lệ: \"{IngestText.Echo(text)}\".", $"Invalid page number \"{IngestText.Echo(text)}\".");
    }
}

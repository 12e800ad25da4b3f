using System.Text.Json;
using System.Text.RegularExpressions;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Saves generated reports as {root}/{period}/{file} with a manifest.json per period recording when, by whom,
/// from which data version (the newest batch) and for which scope (<see cref="ReportCoverage"/>) each file was made. File names are ASCII-safe and checked so that
/// no name can leave the root.
/// </summary>
public sealed partial class ReportArchive
{
    private const string ManifestName = "manifest.json";
    private const int MaxVersions = 20;
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private static readonly SemaphoreSlim ManifestLock = new(1, 1);
    private readonly TimeProvider _time;
    private readonly int _maxPerUserPerDay;

    public ReportArchive(ReportArchiveOptions options, TimeProvider time)
    {
        Root = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Root) ? DefaultRoot() : options.Root);
        _time = time;
        _maxPerUserPerDay = options.MaxArchivedPerUserPerDay;
    }

    public string Root { get; }

    /// <summary>The repository's top-level reports/ folder (found by KpiDashboard.sln above the working or app directory).</summary>
    public static string DefaultRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "KpiDashboard.sln"))) return Path.Combine(dir.FullName, "reports");
            }
        }
        return Path.Combine(Directory.GetCurrentDirectory(), "reports");
    }

    /// <summary>The full path of a file of a period; throws for a name that is not a plain safe file name.</summary>
    public string PathFor(Period period, string fileName) => PathFor(period.ToString(), fileName);

    private string PathFor(string period, string fileName)
    {
        if (!Period.TryParse(period, out var parsed) || parsed.ToString() != period)
            throw new ArgumentException($"Kỳ không hợp lệ / invalid period folder '{period}'", nameof(period));
        if (!SafeName().IsMatch(fileName) || fileName.Contains("..", StringComparison.Ordinal) || fileName == ManifestName)
            throw new ArgumentException($"Tên tệp không hợp lệ / unsafe file name '{fileName}'", nameof(fileName));
        var path = Path.GetFullPath(Path.Combine(Root, period, fileName));
        if (!path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"Tên tệp không hợp lệ / file name leaves the reports root: '{fileName}'", nameof(fileName));
        return path;
    }

    /// <summary>
    /// Writes a file through a temporary file (readers never see half a file) and records it, with what it covers, in the
    /// manifest. A file of the same name is replaced only by one of the same <see cref="ReportCoverage"/>; for any other
    /// coverage the next free version ("-v2", "-v3", …) is used, so nobody replaces another scope's file. With
    /// <paramref name="limited"/> the author may add at most Reports:MaxArchivedPerUserPerDay files in 24 hours.
    /// </summary>
    public async Task<ArchivedReport> SaveAsync(Period period, ReportFileName name, ReportCoverage coverage, Func<Stream, CancellationToken, Task> write,
        string? createdBy = null, int? dataVersion = null, bool limited = false, CancellationToken ct = default)
    {
        var folder = period.ToString();
        PathFor(folder, name.Ascii);
        // One writer at a time: the quota count, the choice of name and the manifest must agree.
        await ManifestLock.WaitAsync(ct);
        try
        {
            var now = _time.GetUtcNow();
            if (limited && await CountSinceAsync(createdBy, now.AddDays(-1), ct) >= _maxPerUserPerDay)
                throw ArchiveRefusedException.QuotaUsed(_maxPerUserPerDay);
            var entries = await ReadManifestAsync(folder, ct);
            var chosen = FreeName(folder, name, coverage, entries);
            var path = PathFor(folder, chosen.Ascii);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await WriteThroughTemporaryAsync(path, write, ct);
            var entry = new ArchivedReport(folder, chosen.Ascii, chosen.Display, new FileInfo(path).Length, now, createdBy, dataVersion, coverage);
            await WriteManifestAsync(folder, entries.Where(e => e.FileName != entry.FileName).Append(entry).ToList(), ct);
            return entry;
        }
        finally
        {
            ManifestLock.Release();
        }
    }

    public Task<ArchivedReport> SaveAsync(Period period, ReportFileName name, ReportCoverage coverage, byte[] content,
        string? createdBy = null, int? dataVersion = null, bool limited = false, CancellationToken ct = default) =>
        SaveAsync(period, name, coverage, (s, c) => s.WriteAsync(content, c).AsTask(), createdBy, dataVersion, limited, ct);

    private ReportFileName FreeName(string folder, ReportFileName name, ReportCoverage coverage, List<ArchivedReport> entries)
    {
        for (var n = 1; n <= MaxVersions; n++)
        {
            var candidate = name.Version(n);
            var taken = entries.FirstOrDefault(e => e.FileName == candidate.Ascii);
            if (taken is null ? !File.Exists(PathFor(folder, candidate.Ascii)) : coverage.Equals(taken.Coverage)) return candidate;
        }
        throw ArchiveRefusedException.NoFreeVersion(name.Display, MaxVersions);
    }

    private async Task<int> CountSinceAsync(string? createdBy, DateTimeOffset since, CancellationToken ct)
    {
        if (!Directory.Exists(Root)) return 0;
        var count = 0;
        foreach (var folder in Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>().Where(IsPeriodFolder))
            count += (await ReadManifestAsync(folder, ct)).Count(e => e.CreatedBy == createdBy && e.CreatedUtc > since);
        return count;
    }

    private static async Task WriteThroughTemporaryAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        var temp = path + ".tmp-" + Guid.NewGuid().ToString("N");
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await write(file, ct);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Every archived report (of one period, or all), newest first.</summary>
    public async Task<IReadOnlyList<ArchivedReport>> ListAsync(Period? period = null, CancellationToken ct = default)
    {
        if (!Directory.Exists(Root)) return [];
        var folders = period is null ? Directory.GetDirectories(Root).Select(Path.GetFileName).OfType<string>() : [period.ToString()];
        var all = new List<ArchivedReport>();
        foreach (var folder in folders.Where(IsPeriodFolder))
        {
            all.AddRange((await ReadManifestAsync(folder, ct)).Where(e => File.Exists(PathFor(e.Period, e.FileName))));
        }
        return all.OrderByDescending(e => e.CreatedUtc).ToList();
    }

    /// <summary>Opens an archived file for reading; the name is checked as on saving.</summary>
    public Stream OpenRead(Period period, string fileName) =>
        new FileStream(PathFor(period, fileName), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);

    /// <summary>The data version a report is made from: the newest batch not rolled back (0 when there is none).</summary>
    public static async Task<int> CurrentDataVersionAsync(KpiDbContext db, CancellationToken ct = default) =>
        await db.Batches.AsNoTracking().Where(b => b.RolledBackUtc == null).MaxAsync(b => (int?)b.Id, ct) ?? 0;

    private async Task WriteManifestAsync(string period, List<ArchivedReport> entries, CancellationToken ct)
    {
        var path = Path.Combine(Root, period, ManifestName);
        var temp = path + ".tmp";
        await File.WriteAllTextAsync(temp, JsonSerializer.Serialize(entries, Json), ct);
        File.Move(temp, path, overwrite: true);
    }

    private async Task<List<ArchivedReport>> ReadManifestAsync(string period, CancellationToken ct)
    {
        var path = Path.Combine(Root, period, ManifestName);
        if (!File.Exists(path)) return [];
        await using var stream = File.OpenRead(path);
        return await JsonSerializer.DeserializeAsync<List<ArchivedReport>>(stream, Json, ct) ?? [];
    }

    private static bool IsPeriodFolder(string folder) => Period.TryParse(folder, out var p) && p.ToString() == folder;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,150}$")]
    private static partial Regex SafeName();
}

using System.Globalization;
using System.Text;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Dossiers;
using KpiDashboard.Ingestion.Tables;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Calendar;
using KpiDashboard.Metrics.Dossiers;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

/// <summary>
/// Dossier lists larger than a block of the read-ahead: streamed into the staging table and the figures' counts, with
/// repeated codes found in SQL and the stored dossiers replaced set-based.
/// </summary>
public sealed class DossierStreamingTests : DatabaseTest
{
    private const string Header = DossierLists.Header;
    private static readonly string[] Fields = ["TSVTD", "SHTT", "TCDLCL", "HDKHCN"];

    protected override async Task SeedAsync() =>
        await Service<UnitImport>().ImportAsync(new MemoryStream(Encoding.UTF8.GetBytes(Web.WebFixture.CommunesCsv)));

    /// <summary>
    /// Dossiers of Phú Thọ's agencies and some of its communes from July 2025 (today's units), a fifth still pending; a
    /// due date or a handling time, supplements, every outcome. Line i is the file's row i + 2.
    /// </summary>
    private async Task<List<string>> LinesAsync(int rows, int seed = 7)
    {
        var communes = await Db.Communes.AsNoTracking().Where(c => c.ProvinceCode == "25" && c.ValidTo == null)
            .OrderBy(c => c.Code).Select(c => c.Code).ToListAsync();
        Assert.NotEmpty(communes);
        var random = new Random(seed);
        var start = new DateOnly(2025, 7, 1);
        var lines = new List<string>(rows);
        for (var i = 0; i < rows; i++)
        {
            var received = start.AddDays(random.Next(0, 240));
            var commune = random.Next(4) == 0 ? "" : communes[random.Next(communes.Count)];
            var due = random.Next(2) == 0 ? Day(received.AddDays(random.Next(0, 20))) : "";
            var handling = due.Length == 0 ? new[] { 3, 5, 10 }[random.Next(3)].ToString(CultureInfo.InvariantCulture) : "";
            var (finished, outcome) = random.Next(5) == 0 ? ("", "")
                : (Day(received.AddDays(random.Next(0, 40))), new[] { "resolved", "resolved", "resolved", "stopped", "refused" }[random.Next(5)]);
            lines.Add(string.Join(',', $"HS{i:D6}", $"1.00{random.Next(1000, 1020)}", Fields[random.Next(Fields.Length)], "25", commune,
                random.Next(2) == 0 ? "online" : "offline", Day(received), due, handling, random.Next(3), random.Next(3), finished, outcome));
        }
        return lines;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Csv(IEnumerable<string> lines) => Header + "\n" + string.Join("\n", lines) + "\n";

    private Task<IngestResult> IngestAsync(IEnumerable<string> lines, string name = "ho-so.csv") =>
        Service<IngestService>().IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(Csv(lines))), name, new IngestOptions());

    private async Task<(int Facts, int Dossiers, int Batches)> CountsAsync() =>
        (await Db.Facts.CountAsync(), await Db.Dossiers.CountAsync(), await Db.Batches.CountAsync());

    [Fact]
    public async Task A_code_repeated_far_from_its_first_row_is_refused_with_both_rows_named_and_nothing_written()
    {
        var lines = await LinesAsync(25_000);
        // Row 25,000 repeats the code and unit of row 3.
        var (original, repeat) = (lines[1].Split(','), lines[^2].Split(','));
        (repeat[0], repeat[4]) = (original[0], original[4]);
        lines[^2] = string.Join(',', repeat);
        var first = original[0];

        var result = await IngestAsync(lines);

        var error = Assert.Single(result.Errors);
        Assert.Equal((25_000, "dossier_code", first, "duplicate_dossier"), (error.Row, error.Column, error.Value, error.Code));
        Assert.Equal("The dossier code repeats row 3 of the same unit.", error.MessageEn);
        Assert.Equal(25_000, result.RowsRead);
        Assert.Equal((0, 0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_bad_row_near_the_end_of_a_large_list_writes_nothing()
    {
        var lines = await LinesAsync(5_000);
        Assert.True((await IngestAsync(lines.Take(100))).Succeeded);
        var before = await CountsAsync();

        var fields = lines[^2].Split(',');
        fields[6] = "2025-13-01";
        lines[^2] = string.Join(',', fields);
        var result = await IngestAsync(lines, "ho-so-2.csv");

        var error = Assert.Single(result.Errors);
        Assert.Equal((5_000, "received_at", "bad_date"), (error.Row, error.Column, error.Code));
        Assert.Null(result.BatchId);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(100, await Db.Dossiers.CountAsync());
    }

    [Fact]
    public async Task A_corrected_large_list_updates_only_the_figures_and_dossiers_that_changed()
    {
        var lines = await LinesAsync(3_000);
        var first = await IngestAsync(lines);
        Assert.True(first.Succeeded, string.Join("\n", first.Errors.Select(e => $"{e.Row} {e.Column} {e.Code}")));
        var again = await IngestAsync(lines, "ho-so-lai.csv");
        Assert.True(again.ChangedNothing);

        // A dossier still pending is resolved in October: the windows of its unit and field from October on change, no others.
        var index = lines.FindIndex(l => l.EndsWith(",,", StringComparison.Ordinal) && l.Contains(",2025-07-", StringComparison.Ordinal));
        var pending = lines[index].Split(',');
        pending[11] = "2025-10-15";
        pending[12] = "resolved";
        lines[index] = string.Join(',', pending);
        var result = await IngestAsync(lines, "ho-so-2.csv");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Code}")));
        Assert.Equal(0, result.Inserted);
        Assert.True(result.Updated > 0);
        Assert.Equal(first.Inserted, result.Updated + result.Unchanged);
        var october = Service<IReportingWindows>().WindowOf(new DateOnly(2025, 10, 15)).Key;
        var changed = await Db.Facts.AsNoTracking().Where(f => f.BatchId == result.BatchId).ToListAsync();
        Assert.Equal(result.Updated, changed.Count);
        Assert.All(changed, f => Assert.Equal((pending[2], pending[4].Length == 0 ? null : pending[4], true), (f.FieldCode, f.CommuneCode, f.Period >= october)));
        var stored = await Db.Dossiers.AsNoTracking().SingleAsync(d => d.Code == pending[0]);
        Assert.Equal((new DateOnly(2025, 10, 15), (int?)result.BatchId), (stored.FinishedOn, (int?)stored.BatchId));
        Assert.Equal(3_000, await Db.Dossiers.CountAsync());
    }

    [Fact]
    public async Task A_first_list_after_other_batches_carries_its_own_batch_and_a_later_list_replaces_by_unit_and_code()
    {
        var figures = "period,province,commune,field,received_online\n2025-06,79,,TSVTD,50\n";
        Assert.True((await Service<IngestService>().IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(figures)), "so-lieu.csv", new IngestOptions())).Succeeded);
        var lines = await LinesAsync(2_500);

        var result = await IngestAsync(lines);

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Code}")));
        var batches = await Db.Batches.AsNoTracking().Select(b => b.Id).ToListAsync();
        Assert.Equal(2, batches.Count);
        Assert.Equal(batches.Max(), result.BatchId);
        Assert.Equal(2_500, await Db.Dossiers.CountAsync(d => d.BatchId == result.BatchId));
        // The list is its units' whole register over its span: sent again whole, with ten procedures corrected.
        var next = lines.Select((l, i) => i < 10 ? l.Replace(",1.00", ",2.00", StringComparison.Ordinal) : l).ToList();
        var second = await IngestAsync(next, "ho-so-2.csv");
        Assert.True(second.Succeeded, string.Join("\n", second.Errors.Select(e => $"{e.Row} {e.Column} {e.Code}")));
        Assert.Equal(2_500, await Db.Dossiers.CountAsync());
        Assert.Equal(10, await Db.Dossiers.CountAsync(d => d.BatchId == second.BatchId && d.ProcedureCode.StartsWith("2.00")));
    }

    [Fact]
    public async Task A_list_larger_than_a_block_gives_the_figures_and_dossiers_of_the_whole_list_counted_at_once()
    {
        var text = Csv(await LinesAsync(3_000, seed: 11));
        var result = await Service<IngestService>().IngestAsync(new MemoryStream(Encoding.UTF8.GetBytes(text)), "ho-so.csv", new IngestOptions());
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Code}")));

        var windows = Service<IReportingWindows>();
        var rules = new DossierRules(await CalendarStore.LoadAsync(Db), windows);
        using var list = DossierStream.Open(() => TableSources.Open(new MemoryStream(Encoding.UTF8.GetBytes(text))), await UnitDirectory.LoadAsync(Db), rules, AccessScope.All, new DateOnly(2099, 12, 31));
        var errors = new IngestErrors();
        var rows = list.Rows(errors).ToList();
        Assert.Empty(errors);
        Assert.Equal(3_000, rows.Count);

        var counter = new DossierFigures(rules);
        foreach (var row in rows) counter.Add(row);
        var computed = counter.Result().Select(f => $"{f.Key.Period} {f.Key.ProvinceCode} {f.Key.CommuneCode} {f.Key.FieldCode} {f.Values}").ToList();
        var facts = (await Db.Facts.AsNoTracking().ToListAsync()).Select(f => $"{f.Period} {f.ProvinceCode} {f.CommuneCode} {f.FieldCode} {f.Values}").ToList();
        Assert.Equal(computed.Order(), facts.Order());
        Assert.Equal(OneByOne(rows, rules).Order(), computed.Order());

        var stored = (await Db.Dossiers.AsNoTracking().ToListAsync()).Select(d =>
            $"{d.UnitCode} {d.Code} {d.ProvinceCode} {d.CommuneCode} {d.FieldCode} {d.ProcedureCode} {d.ProcedureName} {d.Online} {d.ReceivedOn} {d.DueOn} " +
            $"{d.HandlingDays} {d.SupplementRequests} {d.SupplementDays} {d.FinishedOn} {d.Outcome} {d.BatchId}");
        var read = rows.Select(r =>
            $"{r.UnitCode} {r.Code} {r.ProvinceCode} {r.CommuneCode} {r.FieldCode} {r.ProcedureCode} {r.ProcedureName} {r.Dates.Online} {r.Dates.ReceivedOn} {r.Dates.DueOn} " +
            $"{r.HandlingDays} {r.Dates.SupplementRequests} {r.Dates.SupplementDays} {r.Dates.FinishedOn} {r.Dates.Outcome} {result.BatchId}");
        Assert.Equal(read.Order(), stored.Order());
    }

    /// <summary>Every dossier counted in every window of the list's span it belongs to, with the span known first: the rules applied naively.</summary>
    private static IEnumerable<string> OneByOne(IReadOnlyList<DossierRow> rows, DossierRules rules)
    {
        var first = rules.Windows.WindowOf(rows.Min(d => d.Dates.ReceivedOn));
        var last = rules.Windows.WindowOf(rows.Max(d => d.Dates.FinishedOn is { } f && f > d.Dates.ReceivedOn ? f : d.Dates.ReceivedOn));
        foreach (var unit in rows.GroupBy(d => (d.ProvinceCode, d.CommuneCode, d.FieldCode)))
        {
            for (var w = first; w <= last; w = w.AddMonths(1))
            {
                DossierCounts counts = default;
                foreach (var d in unit)
                    if (rules.WindowsOf(d.Dates, last).Contains(w)) rules.Count(d.Dates, w, ref counts);
                yield return $"{w.Key} {unit.Key.ProvinceCode} {unit.Key.CommuneCode} {unit.Key.FieldCode} {counts.ToMeasures()}";
            }
        }
    }
}

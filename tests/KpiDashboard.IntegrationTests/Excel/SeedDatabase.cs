using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Entities;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.Excel;

/// <summary>
/// A real database (SQLite or PostgreSQL, see <see cref="TestProvider"/>) with the seed article's figures: Phú Thọ, July 2025, provincial agencies, 7 fields, 91 received
/// (43 radio frequencies, 34 intellectual property), 73 resolved, 55 early; plus one commune with full figures and a
/// Hà Nội fact that breaks two identities.
/// </summary>
public sealed class SeedDatabase : IAsyncLifetime
{
    public const string PhuTho = "25";
    public const string TanLac = "05128";
    public const string TanHoa = "04792";

    private TestDatabase _database = null!;

    public KpiDbContext Open() => _database.Open();

    // (field, received, resolved, early) at the provincial level.
    public static readonly (string Field, int Received, int Resolved, int Early)[] Seed =
    [
        ("TSVTD", 43, 35, 25), ("SHTT", 34, 26, 20), ("TCDLCL", 5, 5, 4), ("HDKHCN", 4, 3, 3),
        ("NLNT", 2, 2, 1), ("BC", 2, 1, 1), ("VT", 1, 1, 1),
    ];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        await using var db = Open();
        db.Communes.AddRange(
            new Commune { Code = TanLac, Name = "Tân Lạc", Kind = "Xã", ProvinceCode = PhuTho },
            new Commune { Code = TanHoa, Name = "Tân Hòa", Kind = "Phường", ProvinceCode = PhuTho });
        db.Fields.Add(new Field { Code = "=CMD", NameVi = "=CMD", NameEn = "=CMD" });
        var batch = new Batch { SourceName = "seed", SourceHash = new string('0', 64), CreatedUtc = DateTimeOffset.UnixEpoch };
        db.Batches.Add(batch);
        await db.SaveChangesAsync();

        foreach (var (field, received, resolved, early) in Seed)
        {
            db.Facts.Add(new Fact
            {
                Period = 202507, ProvinceCode = PhuTho, FieldCode = field, BatchId = batch.Id,
                Values = new Measures { Received = received, Resolved = resolved, ResolvedEarly = early }.WithDerivedTotals(),
            });
        }
        db.Facts.Add(new Fact
        {
            Period = 202507, ProvinceCode = PhuTho, CommuneCode = TanLac, FieldCode = "SHTT", BatchId = batch.Id,
            Values = Full(online: 6, offline: 2, carried: 1, early: 4, onTime: 2, late: 1, within: 2, overdue: 0),
        });
        // Hà Nội: (3) = 10 but (7) + (11) = 9; June left 7 pending but July carries over 5.
        db.Facts.Add(new Fact
        {
            Period = 202506, ProvinceCode = "01", FieldCode = "BC", BatchId = batch.Id,
            Values = Full(online: 5, offline: 5, carried: 0, early: 3, onTime: 0, late: 0, within: 7, overdue: 0),
        });
        db.Facts.Add(new Fact
        {
            Period = 202507, ProvinceCode = "01", FieldCode = "BC", BatchId = batch.Id,
            Values = new Measures { Handled = 10, Resolved = 5, Pending = 4, CarriedOver = 5 },
        });
        // A field code that a spreadsheet would run as a formula, for the CSV export.
        db.Facts.Add(new Fact
        {
            Period = 202507, ProvinceCode = "01", FieldCode = "=CMD", BatchId = batch.Id,
            Values = new Measures { Received = 1 }.WithDerivedTotals(),
        });
        await db.SaveChangesAsync();
        // Written around the batch writer, so the summaries are brought up to date by hand.
        await FactSummaryRefresh.RefreshAllAsync(db);
    }

    public static Measures Full(int online, int offline, int carried, int early, int onTime, int late, int within, int overdue) =>
        new Measures
        {
            ReceivedOnline = online, ReceivedOffline = offline, CarriedOver = carried,
            ResolvedEarly = early, ResolvedOnTime = onTime, ResolvedLate = late,
            PendingWithin = within, PendingOverdue = overdue,
        }.WithDerivedTotals();

    public async Task DisposeAsync() => await _database.DisposeAsync();
}

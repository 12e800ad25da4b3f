using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.History;

/// <summary>
/// Ingest's carried-over check across 01/07/2025: a July 2025 commune is compared with the summed June pending of the old
/// communes that went into it whole, never with the old commune that had its code; a split predecessor skips the check.
/// </summary>
public sealed class CarriedOverAcrossTheDateTests
{
    private const string Header = "period,province,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n";

    // Pending = 4k.
    private static string June(string commune, int k) => $"2025-06,17,{commune},SHTT,{10 * k},{5 * k},{2 * k},{8 * k},{4 * k},{k},{3 * k},{k}\n";

    // Handled 15 + carried = resolved 13 + pending (carried + 2).
    private static string July(string commune, int carried) => $"2025-07,25,{commune},SHTT,10,5,{carried},8,4,1,{carried + 1},1\n";

    // Old Hòa Bình (17). Xã Đức Nhàn (04846) of today = Nánh Nghê (04834) + Mường Chiềng (old 04846), both whole: 4 + 8.
    // Xã Đà Bắc (04831) = Đà Bắc (old 04831), Tú Lý, Toàn Sơn, Hiền Lương, all whole: 4 × 4. Xã Tiền Phong (04891) =
    // Tiền Phong (04888) whole + part of Vầy Nưa (old 04891), split.
    private static readonly string JuneRows =
        June("04834", 1) + June("04846", 2)
        + June("04831", 1) + June("04867", 1) + June("04879", 1) + June("04885", 1)
        + June("04888", 1) + June("04891", 5);

    private static readonly string JulyRows =
        July("04846", 12)   // equals its predecessors' June pending; old 04846's alone (8) would have warned
        + July("04831", 15) // differs from 16
        + July("04891", 3); // a split predecessor: not checked

    [Fact]
    public async Task July_2025_is_compared_with_the_predecessors_june_pending_from_the_facts()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var june = await db.IngestAsync(Header + JuneRows);
        Assert.Empty(june.Errors);
        Assert.Empty(june.Warnings);

        var july = await db.IngestAsync(Header + JulyRows);
        Assert.Empty(july.Errors);
        var warning = Assert.Single(july.Warnings);
        Assert.Equal((3, "carried_over", "15", "carried_over_mismatch"), (warning.Row, warning.Column, warning.Value, warning.Code));
        Assert.Contains("Xã Đà Bắc (04831)", warning.Message);
        Assert.Contains("(16)", warning.Message);
        Assert.Contains("Xã Đà Bắc (04831)", warning.MessageEn);
    }

    [Fact]
    public async Task A_file_of_june_and_july_2025_is_compared_with_its_own_june_rows_across_the_date()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        // A June row of today's Xã Đức Nhàn's predecessors stored earlier is replaced by the file's (2 → 3: 4 + 12 = 16).
        Assert.Empty((await db.IngestAsync(Header + June("04846", 2))).Errors);

        var result = await db.IngestAsync(Header + JuneRows.Replace(June("04846", 2), June("04846", 3)) + JulyRows.Replace(July("04846", 12), July("04846", 16)));
        Assert.Empty(result.Errors);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal((11, "15"), (warning.Row, warning.Value));
        Assert.Contains("Xã Đà Bắc (04831)", warning.Message);

        // Within today's months the same code is the same unit, and the check is as before (July's pending: 15 + 2).
        var august = await db.IngestAsync(Header + "2025-08,25,04831,SHTT,10,5,7,8,4,1,8,1\n");
        Assert.Equal(("carried_over_mismatch", "7"), (Assert.Single(august.Warnings).Code, august.Warnings[0].Value));
        Assert.Contains("(17)", august.Warnings[0].Message);
    }
}

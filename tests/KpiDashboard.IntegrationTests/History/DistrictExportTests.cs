using System.Text;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;

namespace KpiDashboard.IntegrationTests.History;

/// <summary>`kpi export csv` over months before July 2025: a district's own rows name their district, never a commune "H243".</summary>
public sealed class DistrictExportTests
{
    private const string Header = "period,province,Quận/Huyện,commune,field,received_online,received_offline,carried_over,resolved_early,resolved_on_time,resolved_late,pending_within,pending_overdue\n";

    private static string Row(string period, string province, string district, string commune, int k) =>
        $"{period},{province},{district},{commune},SHTT,{10 * k},{5 * k},{2 * k},{8 * k},{4 * k},{k},{3 * k},{k}\n";

    private static readonly string File2024 = Header
        + Row("2024-07", "26", "", "", 1)
        + Row("2024-07", "26", "243", "", 2)
        + Row("2024-07", "26", "Huyện Lập Thạch", "", 3)
        + Row("2024-07", "26", "", "08707", 4)
        + Row("2024-07", "Hòa Bình", "", "", 6);

    [Fact]
    public async Task District_rows_get_a_district_column_and_the_export_ingests_back_unchanged()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        var result = await db.IngestAsync(File2024);
        Assert.Empty(result.Errors);

        // The old province's own export, and today's Phú Thọ over the same month (its predecessors' rows).
        foreach (var (province, rows) in new[] { ("26", 4), ("25", 5) })
        {
            var file = Path.Combine(db.Folder, $"facts-{province}.csv");
            var run = await KpiProcess.RunAsync(db, "export", "csv", "--period", "2024-07", "--province", province, "--out", file);
            Assert.True(run.ExitCode == 0, run.Error);
            var lines = File.ReadAllText(file, Encoding.UTF8).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("period,province,district,district_name,commune,field,received_online,", lines[0]);
            Assert.Equal(1 + rows, lines.Length);
            Assert.DoesNotContain(lines, l => l.Contains(",H2", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("2024-07,26,243,Thành phố Vĩnh Yên,,SHTT,20,10,4,16,8,2,6,2,", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("2024-07,26,246,Huyện Lập Thạch,,SHTT,30,", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("2024-07,26,,,08707,SHTT,40,", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("2024-07,26,,,,SHTT,10,", StringComparison.Ordinal));

            var again = await KpiProcess.RunAsync(db, "ingest", file);
            Assert.True(again.ExitCode == 0, again.Error);
            Assert.Contains($"unchanged {rows}", again.Out.Replace("không đổi/", ""));
            Assert.Contains("nothing changed", again.Out);
        }

        // From July 2025 the file keeps today's header: no districts exist.
        var today = Path.Combine(db.Folder, "facts-2025.csv");
        Assert.Equal(0, (await KpiProcess.RunAsync(db, "export", "csv", "--period", "2025-07", "--out", today)).ExitCode);
        Assert.StartsWith("period,province,commune,field,", File.ReadAllText(today, Encoding.UTF8).TrimStart('\uFEFF'));
    }
}

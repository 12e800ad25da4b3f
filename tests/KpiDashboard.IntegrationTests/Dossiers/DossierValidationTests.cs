using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Dossiers;

public sealed class DossierValidationTests : DatabaseTest
{
    private const string Header = DossierLists.Header + "\n";

    [Fact]
    public async Task Every_bad_row_is_named_by_file_row_and_column_exit_2_and_nothing_is_written()
    {
        var path = Path.Combine(Database.Folder, "ho-so.csv");
        await File.WriteAllTextAsync(path, Header +
            "OK1,1.1,TSVTD,25,,online,2025-07-01,2025-07-10,,,,2025-07-09,resolved\n" +   // row 2: fine
            "X1,1.1,TSVTD,Atlantis,,online,2025-07-01,2025-07-10,,,,,\n" +                // 3: unknown province
            "X2,1.1,NOFIELD,25,,online,2025-07-01,2025-07-10,,,,,\n" +                    // 4: unknown field
            "X3,1.1,TSVTD,25,,online,2025-07-32,2025-07-10,,,,,\n" +                      // 5: bad date
            "X4,1.1,TSVTD,25,,online,2025-07-10,2025-07-12,,,,2025-07-05,resolved\n" +     // 6: finished before received
            "X5,1.1,TSVTD,25,,online,2025-07-10,2025-07-01,,,,,\n" +                      // 7: due before received
            "OK1,1.1,TSVTD,25,,offline,2025-07-02,2025-07-10,,,,,\n" +                    // 8: duplicate code
            "X6,1.1,TSVTD,25,,online,2025-07-10,2025-07-20,,,,,resolved\n" +              // 9: outcome without end date
            "X7,1.1,TSVTD,25,,fax,2025-07-10,2025-07-20,,,,,\n" +                         // 10: bad channel
            "X8,1.1,TSVTD,25,,online,2025-07-10,,,,,,\n" +                                // 11: no due date
            "X9,1.1,TSVTD,25,,online,2099-12-20,,5,,,,\n" +                                // 12: received after today
            "Y1,1.1,TSVTD,25,,online,2025-07-10,2025-07-20,,,,2099-01-02,resolved\n");      // 13: finished after today
        var run = await KpiProcess.RunAsync(Database, "ingest", path, "--format", "dossiers");

        Assert.Equal(2, run.ExitCode);
        foreach (var expected in new[]
        {
            "ho-so.csv:3:province: unknown_province", "ho-so.csv:4:field: unknown_field", "ho-so.csv:5:received_at: bad_date",
            "ho-so.csv:6:finished_at: finished_before_received", "ho-so.csv:7:due_at: due_before_received",
            "ho-so.csv:8:dossier_code: duplicate_dossier", "ho-so.csv:9:finished_at: outcome_without_end",
            "ho-so.csv:10:channel: bad_channel", "ho-so.csv:11:due_at: missing_due",
            "ho-so.csv:12:received_at: date_in_future", "ho-so.csv:13:finished_at: date_in_future",
        })
            Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("ho-so.csv:2:", run.Error);
        Assert.Equal(0, await Db.Facts.CountAsync());
        Assert.Equal(0, await Db.Dossiers.CountAsync());
        Assert.Equal(0, await Db.Batches.CountAsync());
    }

    /// <summary>
    /// Values that would multiply a small file's work: a date far from any register (each dossier counts in every window it
    /// was open, every unit and field gets a figure in every window of the list), a handling time or a wait of millions
    /// of working days (counted day by day), a list spanning decades. Each is an error naming its cell, at once.
    /// </summary>
    [Fact]
    public async Task Dates_and_day_counts_beyond_any_register_are_errors_naming_the_cell()
    {
        var path = Path.Combine(Database.Folder, "xa.csv");
        await File.WriteAllTextAsync(path, Header +
            "A1,1.1,TSVTD,25,,online,1950-01-02,1950-01-10,,,,,\n" +                          // row 2: before 2000
            "A2,1.1,TSVTD,25,,online,0001-01-02,2025-07-10,,,,,\n" +                          // 3: year 1
            "A3,1.1,TSVTD,25,,online,2025-07-01,,2000000000,,,,\n" +                          // 4: handling days
            "A4,1.1,TSVTD,25,,online,2025-07-01,2025-07-10,,1,2000000000,2025-07-11,resolved\n" + // 5: supplement days
            "A5,1.1,TSVTD,25,,online,2015-01-02,2015-01-10,,,,,\n" +                          // 6: fine
            "A6,1.1,TSVTD,25,,online,2025-01-02,2025-01-10,,,,,\n");                          // 7: ten years after row 6
        var run = await KpiProcess.RunAsync(Database, "ingest", path);

        Assert.Equal(2, run.ExitCode);
        foreach (var expected in new[]
        {
            "xa.csv:2:received_at: date_out_of_range", "xa.csv:3:received_at: date_out_of_range", "xa.csv:4:handling_days: too_many_days",
            "xa.csv:5:supplement_days: too_many_days", "xa.csv:7:received_at: list_span",
        })
            Assert.Contains(expected, run.Error);
        Assert.DoesNotContain("xa.csv:4:due_at", run.Error);
        Assert.DoesNotContain("xa.csv:6:", run.Error);
        Assert.DoesNotContain("   at ", run.Error);
        Assert.Equal(0, await Db.Dossiers.CountAsync());
        Assert.Equal(0, await Db.Batches.CountAsync());
    }

    /// <summary>A dossier list may be longer than a figures file (Ingest:DossierMaxRows, not Ingest:MaxRows), and no longer.</summary>
    [Fact]
    public async Task A_dossier_list_has_its_own_row_limit()
    {
        var limits = new Dictionary<string, string> { ["Ingest__MaxRows"] = "10", ["Ingest__DossierMaxRows"] = "20" };
        var fifteen = DossierLists.Write(Database.Folder, "ho-so-15.csv", 15);
        var run = await KpiProcess.RunAsync(Database, limits, "ingest", fifteen);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal(15, await Db.Dossiers.CountAsync());

        var over = DossierLists.Write(Database.Folder, "ho-so-25.csv", 25);
        run = await KpiProcess.RunAsync(Database, limits, "ingest", over);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ho-so-25.csv:21:", run.Error); // the 21st row of the file, its header the first
        Assert.Contains("outside_limits", run.Error);
        Assert.Contains("20 rows", run.Error);
        Assert.Equal(15, await Db.Dossiers.CountAsync());
        Assert.Equal(1, await Db.Batches.CountAsync());
    }

    [Fact]
    public async Task A_list_without_required_columns_is_refused_before_any_row()
    {
        var path = Path.Combine(Database.Folder, "thieu.csv");
        await File.WriteAllTextAsync(path, "Mã hồ sơ,Ngày tiếp nhận,Họ tên\nA,2025-07-01,Nguyễn Văn An\n");
        var run = await KpiProcess.RunAsync(Database, "ingest", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("missing_header", run.Error);
        Assert.Contains("procedure_code", run.Error);
        Assert.Contains("handling_days", run.Error);
        Assert.Equal(0, await Db.Dossiers.CountAsync());
    }
}

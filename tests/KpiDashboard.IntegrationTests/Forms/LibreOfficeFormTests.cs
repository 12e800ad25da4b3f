using ClosedXML.Excel;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Forms;

/// <summary>Biểu 06 as an official fills it in LibreOffice Calc (Fixtures/README.md says what is in it).</summary>
public sealed class LibreOfficeFormTests : DatabaseTest
{
    public const string Fixture = "bieu06-phutho-2025-08.xlsx";

    public static FileStream Open() => File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Forms", "Fixtures", Fixture));

    [Fact]
    public void The_fixture_is_LibreOffice_output_with_what_officials_leave_in_a_form()
    {
        using var workbook = new XLWorkbook(Open());
        var sheet = workbook.Worksheet(1);
        Assert.True(sheet.Column("D").IsHidden);
        Assert.Contains(sheet.MergedRanges, r => r.RangeAddress.ToString() == "E10:H10");
        Assert.Equal(XLDataType.Text, sheet.Cell("E17").DataType);
        using var archive = System.IO.Compression.ZipFile.OpenRead(Path.Combine(AppContext.BaseDirectory, "Forms", "Fixtures", Fixture));
        using var app = new StreamReader(archive.GetEntry("docProps/app.xml")!.Open());
        Assert.Contains("LibreOffice", app.ReadToEnd());
    }

    [Fact]
    public async Task It_lands_as_one_batch_of_the_provincial_rows_with_unit_and_month_from_the_header()
    {
        await using var form = Open();
        var result = await Service<IngestService>().IngestAsync(form, Fixture, new IngestOptions());

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Inserted);
        Assert.Contains(result.Warnings, w => w.Code == "commune_level_not_stored");
        var facts = await Db.Facts.AsNoTracking().OrderBy(f => f.FieldCode).ToListAsync();
        Assert.All(facts, f => Assert.Equal(("25", 202508, (string?)null), (f.ProvinceCode, f.Period, f.CommuneCode)));
        Assert.Equal(["SHTT", "TCDLCL", "TSVTD"], facts.Select(f => f.FieldCode));
        var radio = facts[2].Values;
        Assert.Equal((30, 15, 5, 20, 24, 1, 4, 1), (radio.ReceivedOnline, radio.ReceivedOffline, radio.CarriedOver,
            radio.ResolvedEarly, radio.ResolvedOnTime, radio.ResolvedLate, radio.PendingWithin, radio.PendingOverdue));
        Assert.Equal(7, facts[1].Values.ReceivedOnline);

        await using var again = Open();
        Assert.True((await Service<IngestService>().IngestAsync(again, Fixture, new IngestOptions())).ChangedNothing);
        Assert.Equal(1, await Db.Batches.CountAsync());
    }

    [Fact]
    public async Task A_period_option_other_than_the_header_is_an_error_and_writes_nothing()
    {
        await using var form = Open();
        var result = await Service<IngestService>().IngestAsync(form, Fixture, new IngestOptions(Scope: new IngestScope(Period: "2025-07")));

        Assert.Contains(result.Errors, e => e.Code == "period_conflict" && e.Column == "B5");
        Assert.Equal(0, await Db.Facts.CountAsync());
    }
}

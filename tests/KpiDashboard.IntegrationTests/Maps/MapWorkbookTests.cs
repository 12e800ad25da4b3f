using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using KpiDashboard.IntegrationTests.Cli;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Demo;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace KpiDashboard.IntegrationTests.Maps;

/// <summary>The national workbook carries the map of the provinces beside the ranking chart, as a PNG embedded without GDI+.</summary>
public sealed class MapWorkbookTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync();
        await _db.With<DemoDataLoader, IngestResult>(d => d.LoadAsync());
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task The_national_summary_has_the_map_on_its_chart_sheet()
    {
        var file = Path.Combine(_db.Folder, "national.xlsx");
        var run = await KpiProcess.RunAsync(_db, "report", "national", "--period", "2025-07", "--out", file);
        Assert.Equal(0, run.ExitCode);

        using var document = SpreadsheetDocument.Open(file, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single(s => s.Name == "Biểu đồ");
        var drawing = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).DrawingsPart!;
        var names = drawing.WorksheetDrawing!.Descendants<Xdr.NonVisualDrawingProperties>().Select(p => p.Name!.Value).ToList();
        Assert.Equal(["Chart", "Map"], names);
        var map = drawing.ImageParts.Select(p => { using var s = p.GetStream(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); })
            .Single(bytes => PngSize(bytes) == (700, 975));
        Assert.True(map.Length > 20_000);
    }

    private static (int, int) PngSize(byte[] png) =>
        ((png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19], (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);
}

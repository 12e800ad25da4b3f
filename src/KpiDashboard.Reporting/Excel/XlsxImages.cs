using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using A = DocumentFormat.OpenXml.Drawing;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace KpiDashboard.Reporting.Excel;

/// <summary>
/// Embeds a PNG in a saved workbook with the Open XML SDK. ClosedXML 0.95's AddPicture reads the image with
/// System.Drawing (GDI+, libgdiplus on Linux), which this product must not need; the SDK only copies bytes.
/// Excel and LibreOffice show the image; note that ClosedXML 0.95 cannot reopen such a workbook without
/// libgdiplus (it loads pictures through GDI+), so never embed images in a workbook meant to be read back.
/// </summary>
public static class XlsxImages
{
    private const long EmuPerPixel = 9525; // at 96 dpi

    /// <summary>Adds <paramref name="png"/> to the sheet named <paramref name="sheetName"/>, its top-left corner at the zero-based cell (row, column), at its natural size.</summary>
    public static void AddPng(Stream workbook, string sheetName, byte[] png, int row, int column, string name = "Chart")
    {
        var (width, height) = PngSize(png);
        using var document = SpreadsheetDocument.Open(workbook, isEditable: true);
        var workbookPart = document.WorkbookPart ?? throw new InvalidOperationException("not a workbook");
        var sheet = workbookPart.Workbook.Descendants<Sheet>().FirstOrDefault(s => s.Name == sheetName)
            ?? throw new ArgumentException($"no sheet '{sheetName}'", nameof(sheetName));
        var worksheetPart = (WorksheetPart)workbookPart.GetPartById(sheet.Id!);

        var drawingsPart = worksheetPart.DrawingsPart;
        if (drawingsPart is null)
        {
            drawingsPart = worksheetPart.AddNewPart<DrawingsPart>();
            drawingsPart.WorksheetDrawing = new Xdr.WorksheetDrawing();
            var drawing = new Drawing { Id = worksheetPart.GetIdOfPart(drawingsPart) };
            // The schema puts <drawing> before these; anything else ClosedXML writes comes earlier.
            var before = worksheetPart.Worksheet.ChildElements.FirstOrDefault(e =>
                e is LegacyDrawing or LegacyDrawingHeaderFooter or Picture or OleObjects or Controls or WebPublishItems or TableParts or WorksheetExtensionList);
            if (before is null) worksheetPart.Worksheet.Append(drawing);
            else worksheetPart.Worksheet.InsertBefore(drawing, before);
        }
        drawingsPart.WorksheetDrawing ??= new Xdr.WorksheetDrawing();

        var imagePart = drawingsPart.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png)) imagePart.FeedData(data);
        var relationshipId = drawingsPart.GetIdOfPart(imagePart);
        var id = (uint)drawingsPart.WorksheetDrawing.Descendants<Xdr.NonVisualDrawingProperties>().Count() + 2;
        long cx = width * EmuPerPixel, cy = height * EmuPerPixel;

        drawingsPart.WorksheetDrawing.Append(new Xdr.OneCellAnchor(
            new Xdr.FromMarker(
                new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.ColumnOffset("0"),
                new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Xdr.RowOffset("0")),
            new Xdr.Extent { Cx = cx, Cy = cy },
            new Xdr.Picture(
                new Xdr.NonVisualPictureProperties(
                    new Xdr.NonVisualDrawingProperties { Id = id, Name = name },
                    new Xdr.NonVisualPictureDrawingProperties(new A.PictureLocks { NoChangeAspect = true })),
                new Xdr.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                new Xdr.ShapeProperties(
                    new A.Transform2D(new A.Offset { X = 0, Y = 0 }, new A.Extents { Cx = cx, Cy = cy }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })),
            new Xdr.ClientData()));
        drawingsPart.WorksheetDrawing.Save();
        worksheetPart.Worksheet.Save();
    }

    /// <summary>Width and height in pixels from the PNG header (IHDR).</summary>
    public static (int Width, int Height) PngSize(byte[] png)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (png.Length < 24 || !png.AsSpan(0, 8).SequenceEqual(signature))
            throw new ArgumentException("not a PNG image", nameof(png));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)),
            System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
    }
}

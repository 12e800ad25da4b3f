using System.Globalization;

namespace KpiDashboard.Ingestion.Tables;

/// <summary>A source beyond its <see cref="TableLimits"/>, located at the cell where the read stopped.</summary>
public sealed class TableLimitException(int row, string column, string messageVi, string messageEn) : IOException(messageEn)
{
    public int Row { get; } = row;
    public string Column { get; } = column;
    public string MessageVi { get; } = messageVi;

    public IngestError ToError() => new(Row, Column, "", "outside_limits", MessageVi, Message);

    /// <param name="where">The cell, in Vietnamese and English: "XFD2000 của trang 'Sheet1'" / "XFD2000 of sheet 'Sheet1'".</param>
    public static TableLimitException OutsideRange((string Vi, string En) where, int row, string column, int maxRows, TableLimits limits) => new(row, column,
        string.Create(CultureInfo.InvariantCulture, $"Ô {where.Vi} ngoài vùng cho phép: tối đa {limits.MaxColumns} cột và {maxRows} dòng."),
        string.Create(CultureInfo.InvariantCulture, $"Cell {where.En} is outside the allowed range: at most {limits.MaxColumns} columns and {maxRows} rows."));

    public static TableLimitException CellTooLong((string Vi, string En) where, int row, string column, TableLimits limits) => new(row, column,
        string.Create(CultureInfo.InvariantCulture, $"Ô {where.Vi} dài hơn {limits.MaxCellChars} ký tự."),
        string.Create(CultureInfo.InvariantCulture, $"Cell {where.En} is longer than {limits.MaxCellChars} characters."));
}

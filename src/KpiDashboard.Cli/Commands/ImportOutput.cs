using KpiDashboard.Ingestion;

namespace KpiDashboard.Cli.Commands;

internal static class ImportOutput
{
    /// <summary>Prints the errors kept (the first <see cref="IngestErrors.Limit"/>) as file:row:column, and returns the exit code for bad input.</summary>
    public static int Errors(string file, IngestErrors errors)
    {
        foreach (var e in errors)
        {
            var where = e.Row == 0 ? file : e.Column.Length == 0 ? $"{file}:{e.Row}" : $"{file}:{e.Row}:{e.Column}";
            Console.Error.WriteLine($"{where}: {e.Code}: {e.Message} / {e.MessageEn}");
        }
        if (errors.MoreLine is { } more) Console.Error.WriteLine($"{file}: {more}");
        Console.Error.WriteLine($"{file}: {errors.Total} lỗi, không ghi gì / {errors.Total} errors, nothing written");
        return ExitCodes.BadInput;
    }

    public static bool Missing(FileInfo file)
    {
        if (file.Exists) return false;
        Console.Error.WriteLine($"{file.Name}: không tìm thấy tệp / file not found");
        return true;
    }
}

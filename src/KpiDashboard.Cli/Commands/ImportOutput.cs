using KpiDashboard.Ingestion;

namespace KpiDashboard.Cli.Commands;

internal static class ImportOutput
{
    /// <summary>Prints every error as file:row:column and returns the exit code for bad input.</summary>
    public static int Errors(string file, IReadOnlyList<IngestError> errors)
    {
        foreach (var e in errors)
        {
            var where = e.Row == 0 ? file : e.Column.Length == 0 ? $"{file}:{e.Row}" : $"{file}:{e.Row}:{e.Column}";
            Console.Error.WriteLine($"{where}: {e.Code}: {e.Message} / {e.MessageEn}");
        }
        Console.Error.WriteLine($"{file}: {errors.Count} lỗi, không ghi gì / {errors.Count} errors, nothing written");
        return ExitCodes.BadInput;
    }

    public static bool Missing(FileInfo file)
    {
        if (file.Exists) return false;
        Console.Error.WriteLine($"{file.Name}: không tìm thấy tệp / file not found");
        return true;
    }
}

using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Tables;

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

    /// <summary>
    /// Says why a FILE argument cannot be read, if it cannot: missing, a folder, empty, or larger than <paramref name="maxBytes"/>. A
    /// device or a pipe (/dev/zero, a FIFO) has no length and, read, may never end (filling memory) or never start: it is
    /// refused as empty rather than opened.
    /// </summary>
    public static bool Unreadable(FileInfo file, long maxBytes = long.MaxValue)
    {
        if (Directory.Exists(file.FullName)) Console.Error.WriteLine($"{file.Name}: là một thư mục, không phải tệp / is a folder, not a file");
        else if (!file.Exists) Console.Error.WriteLine($"{file.Name}: không tìm thấy tệp / file not found");
        else if (file.Length == 0) Console.Error.WriteLine($"{file.Name}: tệp rỗng hoặc không phải tệp thường / the file is empty or not a regular file");
        else if (file.Length > maxBytes)
            Console.Error.WriteLine($"{file.Name}: tệp lớn hơn {maxBytes / 1024} KB, không ghi gì / the file is larger than {maxBytes / 1024} KB, nothing written");
        else return false;
        return true;
    }

    /// <summary>The text of a small FILE argument, or null, the reason printed, when it is not UTF-8.</summary>
    public static async Task<string?> Utf8TextAsync(FileInfo file, CancellationToken ct)
    {
        try
        {
            await using var stream = file.OpenRead();
            return await NotUtf8Exception.ReadSmallTextAsync(stream, ct);
        }
        catch (NotUtf8Exception e)
        {
            Console.Error.WriteLine($"{file.Name}:{e.Line}: not_utf8: {e.MessageVi} / {e.Message}");
            Console.Error.WriteLine($"{file.Name}: không ghi gì / nothing written");
            return null;
        }
    }
}

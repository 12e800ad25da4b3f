using System.CommandLine;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Safety;

namespace KpiDashboard.Cli.Commands;

/// <summary>`kpi backup --out FILE [--force]`: a consistent copy of the SQLite database, safe while others write.</summary>
internal static class BackupCommand
{
    public const string PostgresVi = "PostgreSQL: sao lưu bằng pg_dump -Fc, khôi phục bằng pg_restore --clean (xem README)";
    public const string PostgresEn = "PostgreSQL: back up with pg_dump -Fc and restore with pg_restore --clean (see the README)";

    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Tệp sao lưu / the backup file", Required = true };
        var force = new Option<bool>("--force") { Description = "Ghi đè tệp đã có / replace an existing file" };
        var command = new Command("backup", "Sao lưu cơ sở dữ liệu SQLite khi đang chạy / copy the SQLite database consistently, even while in use") { output, force };
        command.SetAction(async (parse, ct) =>
        {
            var (provider, connectionString) = CliConfiguration.Database(CliConfiguration.Build(parse));
            if (provider == DatabaseProvider.Postgres) throw new DatabaseRefusedException(PostgresVi, PostgresEn);
            await ReadOnlyConnection.ForAsync(provider, connectionString, ct);
            var path = await SqliteBackup.BackupAsync(connectionString, parse.GetValue(output)!, parse.GetValue(force), ct);
            Console.Out.WriteLine(path);
            return ExitCodes.Ok;
        });
        return command;
    }
}

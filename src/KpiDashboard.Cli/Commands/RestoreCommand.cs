using System.CommandLine;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Safety;

namespace KpiDashboard.Cli.Commands;

/// <summary>`kpi restore FILE [--force]`: replaces the SQLite database with a backup that passed every check.</summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("FILE") { Description = "Tệp sao lưu (kpi backup) / a backup made by kpi backup" };
        var force = new Option<bool>("--force") { Description = "Thay cơ sở dữ liệu đang có / replace the existing database" };
        var command = new Command("restore", "Khôi phục từ bản sao lưu sau khi kiểm tra / restore a backup once it passes the checks") { file, force };
        command.SetAction(async (parse, ct) =>
        {
            var (provider, connectionString) = CliConfiguration.Database(CliConfiguration.Build(parse));
            if (provider == DatabaseProvider.Postgres) throw new DatabaseRefusedException(BackupCommand.PostgresVi, BackupCommand.PostgresEn);
            var outcome = await SqliteRestore.RestoreAsync(parse.GetValue(file)!, connectionString, parse.GetValue(force), ct);
            Console.Out.WriteLine($"{outcome.Target}: đã khôi phục / restored, {outcome.Facts} số liệu / facts" +
                                  (outcome.Migrated ? ", đã nâng cấp / upgraded" : ""));
            return ExitCodes.Ok;
        });
        return command;
    }
}

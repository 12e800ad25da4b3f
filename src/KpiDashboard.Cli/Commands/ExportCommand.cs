using System.CommandLine;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Reports;

namespace KpiDashboard.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var scope = new ScopeOptions();
        var output = new Option<FileInfo?>("--out") { Description = "Tệp kết quả; mặc định lưu vào reports/ / output file; default: archive under reports/" };
        var csv = new Command("csv", "Số liệu dạng CSV (UTF-8 có BOM), nhập lại được / the facts as CSV that ingests back unchanged") { output };
        scope.AddTo(csv, withField: true);
        csv.SetAction((parse, ct) => ReportCommand.RunAsync(parse, scope, ReportKind.FactsCsv, Language.Vi, parse.GetValue(output), ct));
        return new Command("export", "Xuất số liệu / export figures") { csv };
    }
}

using System.CommandLine;
using System.Globalization;
using KpiDashboard.Ingestion.Narrative;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

/// <summary>`kpi reconcile`: each saved reported figure beside the structured figure (match, mismatch, no data).</summary>
internal static class ReconcileCommand
{
    public static Command Create()
    {
        var province = new Option<string?>("--province") { Description = "Tỉnh (tên hoặc mã) / province" };
        var period = new Option<string?>("--period") { Description = "Tháng, ví dụ 2025-07 / month" };
        var json = new Option<bool>("--json") { Description = "Kết quả dạng JSON / print JSON" };
        var command = new Command("reconcile", "Đối chiếu số liệu báo cáo với số liệu có cấu trúc / reconcile reported figures with the facts") { province, period, json };
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var db = scope.ServiceProvider.GetRequiredService<KpiDbContext>();
            string? provinceCode = null;
            if (parse.GetValue(province) is { } p)
            {
                provinceCode = (await UnitDirectory.LoadAsync(db, ct)).FindProvince(p).Item?.Code;
                if (provinceCode is null) { Console.Error.WriteLine($"--province: không tìm thấy / unknown '{p}'"); return ExitCodes.BadInput; }
            }
            Month? month = null;
            if (parse.GetValue(period) is { } text)
            {
                if (!Month.TryParseText(text, out var m)) { Console.Error.WriteLine($"--period: cần một tháng / expected a month: '{text}'"); return ExitCodes.BadInput; }
                month = m;
            }
            var rows = await scope.ServiceProvider.GetRequiredService<Reconciliation>().RunAsync(provinceCode, month, ct);
            if (parse.GetValue(json))
            {
                Output.WriteJson(rows.Select(r => new
                {
                    source = r.Reported.SourceId, province = r.Reported.ProvinceCode, commune = r.Reported.CommuneCode, level = r.Reported.Level,
                    period = r.Reported.Period is { } k ? Month.FromKey(k).ToString() : null, field = r.Reported.FieldCode,
                    measure = r.Reported.Measure, reported = r.Reported.Value, structured = r.Structured, difference = r.Difference, status = r.Status,
                }));
                return ExitCodes.Ok;
            }
            foreach (var r in rows)
            {
                var where = $"{r.Reported.ProvinceCode ?? r.Reported.UnitText}{(r.Reported.CommuneCode is { } c ? "/" + c : "")}{(r.Reported.Level is { } l ? $" ({l})" : "")} " +
                            $"{(r.Reported.Period is { } k ? Month.FromKey(k).ToString() : r.Reported.PeriodText)} {r.Reported.FieldCode ?? "(mọi lĩnh vực/all fields)"}";
                var diff = r.Difference is { } d ? $" ({(d > 0 ? "+" : "")}{d.ToString("0.##", CultureInfo.InvariantCulture)})" : "";
                Console.Out.WriteLine($"{where} {r.Reported.Measure}: báo cáo/reported {r.Reported.Value.ToString("0.##", CultureInfo.InvariantCulture)}, " +
                                      $"số liệu/facts {r.Structured?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—"}: {r.Status}{diff}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }
}

using System.CommandLine;
using System.Globalization;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Metrics.Names;
using KpiDashboard.Metrics.Periods;
using KpiDashboard.Metrics.Queries;
using KpiDashboard.Metrics.Reporting;
using KpiDashboard.Metrics.Submissions;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class SubmissionsCommand
{
    public static Command Create() => new("submissions", "Báo cáo định kỳ của các đơn vị: trạng thái, duyệt / the units' periodic reports: state, approval")
    {
        List(), Act("approve", SubmissionAction.Approve, "Duyệt báo cáo (khóa số liệu của đơn vị trong kỳ) / approve a report (locks the unit's figures for the month)"),
        Act("return", SubmissionAction.Return, "Trả lại báo cáo, kèm lý do / return a report with a reason"),
        Act("reopen", SubmissionAction.Reopen, "Mở lại báo cáo đã duyệt, kèm lý do / reopen an approved report with a reason"),
        RemindCommand.Create(),
    };

    private static Option<string> PeriodOption() => new("--period") { Description = "Tháng, ví dụ 2025-07 / month, e.g. 2025-07", Required = true };

    private static Option<string?> LevelOption(string description) => new("--level") { Description = description };

    private static Command List()
    {
        var period = PeriodOption();
        var province = new Option<string?>("--province") { Description = "Mã hoặc tên tỉnh / province code or name" };
        var level = LevelOption("province | commune | agency");
        var json = new Option<bool>("--json") { Description = "Kết quả dạng JSON / print as JSON" };
        var command = new Command("list", "Các đơn vị phải báo cáo trong tháng và trạng thái / every unit due to report for the month and its state")
        {
            period, province, level, json,
        };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryMonth(parse.GetValue(period), out var month)) return ExitCodes.BadInput;
            ReportingLevel? levelValue = null;
            if (parse.GetValue(level) is { } levelText)
            {
                if (!ReportingLevels.TryParse(levelText, out var parsed))
                {
                    Console.Error.WriteLine($"--level: '{levelText}' không hợp lệ / invalid: province, commune or agency");
                    return ExitCodes.BadInput;
                }
                levelValue = parsed;
            }
            await using var scope = await CliServices.OpenAsync(parse, ct);
            string? provinceCode = null;
            if (parse.GetValue(province) is { } provinceText)
            {
                var units = await UnitDirectory.LoadAsync(scope.ServiceProvider.GetRequiredService<KpiDbContext>(), ct);
                var resolution = ScopeResolver.Resolve(units, provinceText, null, null);
                if (resolution.Scope is null)
                {
                    Console.Error.WriteLine($"{resolution.Error} / {resolution.ErrorEn}");
                    return ExitCodes.BadInput;
                }
                provinceCode = resolution.Scope.ProvinceCode;
            }
            var rows = await scope.ServiceProvider.GetRequiredService<SubmissionQuery>().ListAsync(month, provinceCode, levelValue, ct);
            if (parse.GetValue(json)) Output.WriteJson(rows.Select(Json));
            else Print(rows);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Dictionary<string, object?> Json(SubmissionRow r) => new()
    {
        ["unit_code"] = r.UnitCode, ["unit_name"] = r.UnitName, ["level"] = r.Level.Code(), ["state"] = r.State.Code(),
        ["submitted_at"] = r.SubmittedUtc, ["deadline"] = r.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["late"] = r.Late,
        ["approved_by"] = r.ApprovedBy, ["approved_at"] = r.ApprovedUtc,
    };

    private static void Print(IReadOnlyList<SubmissionRow> rows)
    {
        Console.Out.WriteLine($"{"unit",-6} {"level",-8} {"state",-12} {"deadline",-10} {"submitted (VN)",-16} {"late",-5} {"approved by",-24} name");
        foreach (var r in rows)
        {
            var submitted = r.SubmittedUtc is { } s ? VietnamTime.ToVietnam(s).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.UnitCode,-6} {r.Level.Code(),-8} {r.State.Code(),-12} {r.Deadline:yyyy-MM-dd} {submitted,-16} {(r.Late ? "yes" : "no"),-5} {r.ApprovedBy ?? "",-24} {r.UnitName}"));
        }
        var counts = rows.GroupBy(r => r.State).OrderBy(g => g.Key).Select(g => $"{g.Key.Code()} {g.Count()}");
        Console.Out.WriteLine($"{rows.Count} đơn vị / units: {string.Join(", ", counts)}");
    }

    private static Command Act(string name, SubmissionAction action, string description)
    {
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị: tỉnh (2 chữ số) hoặc xã (5 chữ số) / unit code: a province (2 digits) or a commune (5 digits)", Required = true };
        var period = PeriodOption();
        var reason = new Option<string?>("--reason") { Description = "Lý do (bắt buộc khi trả lại, mở lại) / reason (required to return or reopen)" };
        var level = LevelOption("agency: các cơ quan cấp tỉnh thay vì cả tỉnh / the province's agencies instead of the province as a whole");
        var command = new Command(name, description) { unit, period, reason, level };
        command.SetAction(async (parse, ct) =>
        {
            if (!TryMonth(parse.GetValue(period), out var month)) return ExitCodes.BadInput;
            ReportingLevel? levelValue = null;
            if (parse.GetValue(level) is { } levelText)
            {
                if (!ReportingLevels.TryParse(levelText, out var parsed))
                {
                    Console.Error.WriteLine($"--level: '{levelText}' không hợp lệ / invalid: province, commune or agency");
                    return ExitCodes.BadInput;
                }
                levelValue = parsed;
            }
            await using var scope = await CliServices.OpenAsync(parse, ct);
            var outcome = await scope.ServiceProvider.GetRequiredService<SubmissionApproval>()
                .ActAsync(action, parse.GetValue(unit)!, levelValue, month, parse.GetValue(reason), CliActor.Name, ct);
            var text = $"{outcome.Message} / {outcome.MessageEn}";
            if (!outcome.Succeeded)
            {
                Console.Error.WriteLine(text);
                return ExitCodes.BadInput;
            }
            Console.Out.WriteLine(text);
            return ExitCodes.Ok;
        });
        return command;
    }

    internal static bool TryMonth(string? text, out Month month)
    {
        month = default;
        if (!Period.TryParse(text, out var period) || period.Kind != PeriodKind.Month)
        {
            Console.Error.WriteLine($"--period: '{text}' không phải một tháng / is not a month (2025-07): reports are submitted and approved monthly");
            return false;
        }
        month = period.First;
        return true;
    }
}

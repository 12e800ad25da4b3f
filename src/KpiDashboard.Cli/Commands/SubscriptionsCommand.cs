using System.CommandLine;
using KpiDashboard.Ingestion;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Metrics.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

/// <summary>kpi subscriptions add|list|remove|import: who receives the monthly e-mail summaries.</summary>
internal static class SubscriptionsCommand
{
    public static Command Create()
    {
        var command = new Command("subscriptions", "Đăng ký nhận báo cáo tháng qua thư điện tử / monthly e-mail summary subscriptions");
        command.Subcommands.Add(Add());
        command.Subcommands.Add(List());
        command.Subcommands.Add(Remove());
        command.Subcommands.Add(Import());
        return command;
    }

    private static Command Add()
    {
        var email = new Option<string>("--email") { Description = "Địa chỉ thư / e-mail address", Required = true };
        var name = new Option<string>("--name") { Description = "Tên hiển thị / display name", Required = true };
        var scope = new Option<string>("--scope") { Description = "nation | province:MÃ | commune:MÃ (mã hoặc tên / code or name)", Required = true };
        var lang = new Option<string>("--lang") { Description = "vi | en", DefaultValueFactory = _ => "vi" };
        var command = new Command("add", "Thêm hoặc cập nhật một đăng ký / add or update a subscription") { email, name, scope, lang };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct);
            var input = new SubscriptionService.Input(parse.GetValue(email), parse.GetValue(name), parse.GetValue(scope), parse.GetValue(lang));
            var result = await Audited(services, c => services.ServiceProvider.GetRequiredService<SubscriptionService>().SaveAsync(input, c),
                r => r.Subscription is { } saved ? (r.Created ? "subscription.add" : "subscription.update", $"#{saved.Id} {saved.Email} {saved.Scope} {saved.Language}") : null, ct);
            if (result.Subscription is not { } s)
            {
                foreach (var error in result.Errors) Console.Error.WriteLine(error);
                return ExitCodes.BadInput;
            }
            Console.Out.WriteLine($"{(result.Created ? "đã thêm / added" : "đã cập nhật / updated")} #{s.Id} {s.Email} {s.Scope} {s.Language}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command List()
    {
        var json = new Option<bool>("--json") { Description = "Kết quả dạng JSON / JSON output" };
        var active = new Option<bool>("--active") { Description = "Chỉ đăng ký đang hoạt động / active subscriptions only" };
        var command = new Command("list", "Liệt kê đăng ký / list subscriptions") { json, active };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct);
            var list = await services.ServiceProvider.GetRequiredService<SubscriptionService>().ListAsync(!parse.GetValue(active), ct);
            if (parse.GetValue(json))
            {
                Output.WriteJson(list.Select(s => new { id = s.Id, email = s.Email, name = s.DisplayName, scope = s.Scope, lang = s.Language, active = s.IsActive }));
                return ExitCodes.Ok;
            }
            foreach (var s in list)
                Console.Out.WriteLine($"{s.Id,5}  {(s.IsActive ? "active  " : "inactive")}  {s.Language}  {s.Scope,-16}  {s.Email}  {s.DisplayName}");
            Console.Out.WriteLine($"{list.Count} đăng ký / subscriptions");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove()
    {
        var target = new Argument<string>("ID|EMAIL") { Description = "Số đăng ký hoặc địa chỉ thư / subscription id or e-mail address" };
        var scope = new Option<string?>("--scope") { Description = "Chỉ phạm vi này của địa chỉ / only this scope of the address" };
        var command = new Command("remove", "Ngừng gửi (đăng ký được giữ lại, không hoạt động) / stop sending (kept as inactive)") { target, scope };
        command.SetAction(async (parse, ct) =>
        {
            await using var services = await CliServices.OpenAsync(parse, ct);
            var count = await Audited(services, c => services.ServiceProvider.GetRequiredService<SubscriptionService>().DeactivateAsync(parse.GetValue(target)!, parse.GetValue(scope), c),
                n => n == 0 ? null : ("subscription.remove", $"{parse.GetValue(target)} {parse.GetValue(scope)} ({n})"), ct);
            if (count == 0)
            {
                Console.Error.WriteLine($"không có đăng ký đang hoạt động nào khớp / no active subscription matches '{parse.GetValue(target)}'");
                return ExitCodes.BadInput;
            }
            Console.Out.WriteLine($"đã ngừng / deactivated {count}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Import()
    {
        var file = new Argument<FileInfo>("FILE") { Description = "CSV: email,name,scope,lang[,active]" };
        var command = new Command("import", "Nhập đăng ký từ CSV, tất cả hoặc không / import subscriptions from CSV, all or nothing") { file };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            if (ImportOutput.Unreadable(path, SubscriptionService.MaxImportBytes)) return ExitCodes.BadInput;
            if (await ImportOutput.Utf8TextAsync(path, ct) is not { } text) return ExitCodes.BadInput;
            await using var services = await CliServices.OpenAsync(parse, ct);
            using var reader = new StringReader(text);
            var result = await Audited(services, c => services.ServiceProvider.GetRequiredService<SubscriptionService>().ImportCsvAsync(reader, c),
                r => r.Errors.Count > 0 ? null : ("subscription.import", $"{path.Name}: added {r.Created}, updated {r.Updated}"), ct);
            if (result.Errors.Count > 0)
            {
                foreach (var error in IngestText.Listed(result.Errors)) Console.Error.WriteLine(error);
                Console.Error.WriteLine("không nhập dòng nào / nothing imported");
                return ExitCodes.BadInput;
            }
            Console.Out.WriteLine($"đã thêm / added {result.Created}, đã cập nhật / updated {result.Updated}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>The change and its audit entry in one transaction; a refused change (a null entry) is rolled back.</summary>
    private static Task<T> Audited<T>(AsyncServiceScope services, Func<CancellationToken, Task<T>> change, Func<T, (string Action, string Details)?> entry, CancellationToken ct) =>
        services.ServiceProvider.GetRequiredService<AuditLog>().WithEntryAsync(change,
            r => entry(r) is { } e ? new AuditNote(CliActor.Name, e.Action, e.Details) : null, ct);
}

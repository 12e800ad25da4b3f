using System.CommandLine;
using KpiDashboard.Metrics.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.Cli.Commands;

internal static class UsersCommand
{
    public const string PasswordVariable = "KPI_USER_PASSWORD";

    public static Command Create() => new("users", "Tài khoản / accounts") { Add(), List(), Remove(), SetRole(), SetProvinces(), SetCommunes() };

    private static Option<string> Email() => new("--email") { Description = "Địa chỉ e-mail / e-mail address", Required = true };

    private static Option<string> Role() => new("--role") { Description = $"Vai trò / role: {string.Join(" | ", Roles.All)}", Required = true };

    private static Option<string?> Provinces() => new("--provinces") { Description = "Mã tỉnh, ví dụ 25,42 / province codes, e.g. 25,42" };

    private static Command Add()
    {
        var email = Email();
        var role = Role();
        var provinces = Provinces();
        var command = new Command("add", $"Tạo tài khoản; mật khẩu nhập khi được hỏi hoặc từ biến {PasswordVariable} / create an account; the password is prompted or read from {PasswordVariable}")
        {
            email, role, provinces,
        };
        command.SetAction(async (parse, ct) =>
        {
            var password = ReadPassword();
            if (string.IsNullOrEmpty(password))
            {
                Console.Error.WriteLine($"Thiếu mật khẩu / no password: set {PasswordVariable} or type it when asked");
                return ExitCodes.BadInput;
            }
            return await RunAsync(parse, ct, s => s.AddAsync(parse.GetValue(email)!, parse.GetValue(role)!,
                ProvinceList.Parse(parse.GetValue(provinces)), password, Actor(), ct: ct));
        });
        return command;
    }

    private static Command List()
    {
        var command = new Command("list", "Liệt kê tài khoản / list accounts");
        command.SetAction(async (parse, ct) =>
        {
            await using var scope = await CliServices.OpenAsync(parse, ct);
            foreach (var a in await scope.ServiceProvider.GetRequiredService<AccountService>().ListAsync(ct))
                Console.Out.WriteLine($"{a.Email,-40} {a.Role,-16} {string.Join(",", a.Provinces),-12}{(a.IsDemo ? " demo" : "")}{(a.LockedOut ? " locked" : "")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static Command Remove()
    {
        var email = Email();
        var command = new Command("remove", "Xóa tài khoản / remove an account") { email };
        command.SetAction((parse, ct) => RunAsync(parse, ct, s => s.RemoveAsync(parse.GetValue(email)!, Actor(), ct)));
        return command;
    }

    private static Command SetRole()
    {
        var email = Email();
        var role = Role();
        var command = new Command("set-role", "Đổi vai trò / change the role") { email, role };
        command.SetAction((parse, ct) => RunAsync(parse, ct, s => s.SetRoleAsync(parse.GetValue(email)!, parse.GetValue(role)!, Actor(), ct)));
        return command;
    }

    private static Command SetCommunes()
    {
        var email = Email();
        var communes = new Option<string>("--communes") { Description = "Mã xã, ví dụ 08123,08125; rỗng là cả tỉnh / commune codes; empty for the whole province", Required = true };
        var command = new Command("set-communes", "Giới hạn một ProvinceOfficer vào các xã (cán bộ cấp xã) / limit a ProvinceOfficer to communes (a commune officer)")
        {
            email, communes,
        };
        command.SetAction((parse, ct) => RunAsync(parse, ct, s => s.SetCommunesAsync(parse.GetValue(email)!,
            (parse.GetValue(communes) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.PadLeft(5, '0')).Distinct().ToList(),
            Actor(), ct)));
        return command;
    }

    private static Command SetProvinces()
    {
        var email = Email();
        var provinces = new Option<string>("--provinces") { Description = "Mã tỉnh, ví dụ 25,42; rỗng là tất cả / province codes; empty for all", Required = true };
        var command = new Command("set-provinces", "Đổi các tỉnh được phép / change the provinces") { email, provinces };
        command.SetAction((parse, ct) => RunAsync(parse, ct, s => s.SetProvincesAsync(parse.GetValue(email)!, ProvinceList.Parse(parse.GetValue(provinces)), Actor(), ct)));
        return command;
    }

    private static async Task<int> RunAsync(ParseResult parse, CancellationToken ct, Func<AccountService, Task<AccountService.Outcome>> action)
    {
        await using var scope = await CliServices.OpenAsync(parse, ct);
        var outcome = await action(scope.ServiceProvider.GetRequiredService<AccountService>());
        (outcome.Succeeded ? Console.Out : Console.Error).WriteLine(outcome.Message);
        return outcome.Succeeded ? ExitCodes.Ok : ExitCodes.BadInput;
    }

    private static string Actor() => CliActor.Name;

    // Never from an argument: arguments end up in shell history and process lists.
    private static string? ReadPassword()
    {
        if (Environment.GetEnvironmentVariable(PasswordVariable) is { Length: > 0 } fromEnvironment) return fromEnvironment;
        if (Console.IsInputRedirected) return Console.In.ReadLine();
        Console.Error.Write("Mật khẩu / password: ");
        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0) password.Length--;
            else if (!char.IsControl(key.KeyChar)) password.Append(key.KeyChar);
        }
        Console.Error.WriteLine();
        return password.ToString();
    }
}

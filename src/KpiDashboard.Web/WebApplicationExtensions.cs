using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web;

public static class WebApplicationExtensions
{
    /// <summary>Creates and migrates the database, and fills an empty one with demo data unless configured off.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<StartupOptions>>().Value;
        await ImportUnitsIfNoneAsync(app, scope.ServiceProvider, options.UnitsFile);
        if (!options.LoadDemoData) return;
        if (await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadIfEmptyAsync())
            app.Logger.LogInformation("Đã nạp dữ liệu minh họa / loaded the demo dataset");
    }

    private static async Task ImportUnitsIfNoneAsync(WebApplication app, IServiceProvider services, string? file)
    {
        if (string.IsNullOrWhiteSpace(file) || await services.GetRequiredService<KpiDbContext>().Communes.AnyAsync()) return;
        var path = Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(WebRoot.Find())!, file));
        if (!File.Exists(path))
        {
            app.Logger.LogWarning("Không thấy danh mục xã {Path}; nhập bằng `kpi units import FILE` / commune list not found; import it with `kpi units import FILE`", path);
            return;
        }
        await using var stream = File.OpenRead(path);
        var outcome = await services.GetRequiredService<UnitImport>().ImportAsync(stream);
        if (outcome.Errors.Count > 0)
            app.Logger.LogWarning("Danh mục xã {Path} có {Count} lỗi, không nhập / commune list has errors, not imported", path, outcome.Errors.Count);
        else
            app.Logger.LogInformation("Đã nhập {Count} xã, phường từ {Path} / imported communes", outcome.Inserted, path);
    }

    /// <summary>The request pipeline of the dashboard: error pages, language, static files, controllers.</summary>
    public static void UseKpiWeb(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseRequestLocalization();
        app.UseMiddleware<LanguageCookieMiddleware>();
        app.UseStaticFiles();
        app.UseRouting();
        app.MapControllers();
        app.MapGet("/health", () => "ok");
    }

    public static void PrintUrlsOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"KpiDashboard đang chạy tại / is running at: {string.Join(", ", app.Urls)}"));
}

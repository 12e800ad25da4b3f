using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web;

public static class WebApplicationExtensions
{
    /// <summary>Creates and migrates the database, and fills an empty one with demo data unless configured off.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        if (!scope.ServiceProvider.GetRequiredService<IOptions<StartupOptions>>().Value.LoadDemoData) return;
        if (await scope.ServiceProvider.GetRequiredService<DemoDataLoader>().LoadIfEmptyAsync())
            app.Logger.LogInformation("Đã nạp dữ liệu minh họa / loaded the demo dataset");
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
    }

    public static void PrintUrlsOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"KpiDashboard đang chạy tại / is running at: {string.Join(", ", app.Urls)}"));
}

using KpiDashboard.Ingestion.History;
using KpiDashboard.Ingestion.Demo;
using KpiDashboard.Ingestion.Units;
using KpiDashboard.Metrics.Data;
using KpiDashboard.Web.Health;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Web;

public static class WebApplicationExtensions
{
    /// <summary>Creates (only where allowed, see <see cref="DatabaseStartGuard"/>) and migrates the database, fills an empty one with demo data unless configured off, and creates
    /// the demo accounts in demo mode (or refuses to start in Production while any exists).</summary>
    /// <returns>False, with one sentence on stderr naming the database and what to do, when the database cannot be used
    /// (down, unreachable, locked, full, damaged, read-only): the caller exits non-zero instead of aborting on a trace.</returns>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        DatabaseStartGuard.Check(app.Configuration, app.Services.GetRequiredService<DatabaseOptions>());
        await using var scope = app.Services.CreateAsyncScope();
        try
        {
            await PrepareAsync(app, scope.ServiceProvider);
            return true;
        }
        catch (Exception e) when (DatabaseFailure.Classify(e, DatabaseFailure.LocationOf(scope.ServiceProvider.GetRequiredService<KpiDbContext>())) is { } failure)
        {
            await Console.Error.WriteLineAsync(failure.Sentence);
            return false;
        }
    }

    private static async Task PrepareAsync(WebApplication app, IServiceProvider services)
    {
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var options = services.GetRequiredService<IOptions<StartupOptions>>().Value;
        await ImportUnitsIfNoneAsync(app, services, options.UnitsFile);
        await ImportHistoryIfNoneAsync(app, services, options.UnitsHistoryFolder);
        await ImportBoundariesIfNoneAsync(app, services, options.BoundariesFile);
        var demo = services.GetRequiredService<DemoDataLoader>();
        if (options.LoadDemoData && await demo.LoadIfEmptyAsync())
        {
            if (await demo.InOldUnitsAsync())
                app.Logger.LogInformation("Đã nạp dữ liệu minh họa, trước 07/2025 theo đơn vị cũ / loaded the demo dataset, before 2025-07 in the old units");
            else
                app.Logger.LogWarning("Đã nạp dữ liệu minh họa chỉ theo đơn vị hiện nay: chưa nhập đơn vị cũ (Startup:UnitsHistoryFolder) / loaded the demo dataset in today's units only: the history units are not imported (Startup:UnitsHistoryFolder)");
        }
        await services.GetRequiredService<DemoAccountSeeder>().RunAsync();
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

    private static async Task ImportHistoryIfNoneAsync(WebApplication app, IServiceProvider services, string? folder)
    {
        var db = services.GetRequiredService<KpiDbContext>();
        if (string.IsNullOrWhiteSpace(folder) || !await db.Communes.AnyAsync() || await db.Provinces.IgnoreQueryFilters().AnyAsync(p => p.ValidTo != null)) return;
        var path = Path.IsPathRooted(folder) ? folder : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(WebRoot.Find())!, folder));
        if (!Directory.Exists(path))
        {
            app.Logger.LogWarning("Không thấy thư mục đơn vị cũ {Path}; nhập bằng `kpi units import-history DIR` / units history folder not found", path);
            return;
        }
        var outcome = await services.GetRequiredService<HistoryImport>().ImportAsync(path);
        if (outcome.Errors.Count > 0)
            app.Logger.LogWarning("Thư mục đơn vị cũ {Path} có {Count} lỗi, không nhập / units history has errors, not imported", path, outcome.Errors.Count);
        else
            app.Logger.LogInformation("Đã nhập {Provinces} tỉnh, {Districts} huyện, {Communes} xã cũ từ {Path} / imported the old units",
                outcome.Provinces, outcome.Districts, outcome.Communes, path);
    }

    private static async Task ImportBoundariesIfNoneAsync(WebApplication app, IServiceProvider services, string? file)
    {
        var db = services.GetRequiredService<KpiDbContext>();
        if (string.IsNullOrWhiteSpace(file) || !await db.Communes.AnyAsync() || await db.CommuneShapes.AnyAsync()) return;
        var path = Path.IsPathRooted(file) ? file : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(WebRoot.Find())!, file));
        if (!File.Exists(path))
        {
            app.Logger.LogWarning("Không thấy ranh giới xã {Path}; nhập bằng `kpi units import-boundaries FILE` / commune boundaries not found", path);
            return;
        }
        await using var stream = File.OpenRead(path);
        var outcome = await services.GetRequiredService<BoundaryImport>().ImportAsync(stream);
        if (outcome.Errors.Count > 0)
            app.Logger.LogWarning("Ranh giới xã {Path} có {Count} lỗi, không nhập / commune boundaries have errors, not imported", path, outcome.Errors.Count);
        else
            app.Logger.LogInformation("Đã nhập ranh giới {Count} xã, phường từ {Path} / imported commune boundaries", outcome.Inserted, path);
    }

    /// <summary>The request pipeline of the dashboard: HTTPS and security headers, error pages, language, static files
    /// (anonymous), rate limits, sign-in and the authorization rules, then controllers, the OpenAPI description and /health.</summary>
    public static void UseKpiWeb(this WebApplication app)
    {
        // Behind a TLS-terminating proxy: the client's scheme and address, from configured proxies only (Security:ForwardedHeaders).
        app.UseForwardedHeaders();
        // In every environment, so that bad input is a 4xx in Development too (RequestProblems); other failures are logged.
        app.UseExceptionHandler("/error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<CacheControlMiddleware>();
        app.UseMiddleware<DataStoreUnavailableMiddleware>();
        // People get the problem page; API clients get problem details (RFC 9457) for every bare status code.
        app.UseWhen(c => !ApiPaths.IsApi(c.Request), branch => branch.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseWhen(c => ApiPaths.IsApi(c.Request), branch => branch.UseStatusCodePages(ApiProblem.WriteStatusAsync));
        app.UseRequestLocalization();
        app.UseMiddleware<LanguageCookieMiddleware>();
        // Bootstrap's CSS is 232 kB, 31 kB compressed. Pages are compressed only for anonymous readers (PageCompressionProvider).
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/lib") || c.Request.Path.StartsWithSegments("/css"),
            branch => branch.UseResponseCompression());
        app.UseStaticFiles();
        app.UseRouting();
        // An address that matches no route is a 404 for everyone, before the sign-in rules could turn it into a redirect.
        app.Use((context, next) =>
        {
            if (context.GetEndpoint() is not null) return next(context);
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authorization: only readers allowed to see a page reach its cached copy. Compression inside it, so the
        // cache keeps the compressed bytes (per Accept-Encoding) instead of compressing every hit.
        app.UseOutputCache();
        app.UseResponseCompression();
        app.MapControllers();
        app.MapOpenApi();
        app.MapKpiHealth();
    }

    public static void PrintUrlsOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"KpiDashboard đang chạy tại / is running at: {string.Join(", ", app.Urls)}"));
}

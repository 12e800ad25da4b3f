using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KpiDashboard.Metrics;
using KpiDashboard.Metrics.Kpis;
using KpiDashboard.Reporting.Email;
using KpiDashboard.Reporting.Excel;
using KpiDashboard.Web.Admin;
using KpiDashboard.Web.Charts;
using KpiDashboard.Web.Communes;
using KpiDashboard.Web.Fields;
using KpiDashboard.Web.Health;
using KpiDashboard.Web.Infrastructure;
using KpiDashboard.Web.Overview;
using KpiDashboard.Web.Pages;
using KpiDashboard.Web.Provinces;
using KpiDashboard.Web.Ranking;
using KpiDashboard.Web.Reports;
using KpiDashboard.Web.Security;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace KpiDashboard.Web;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddKpiWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddControllersWithViews(o =>
        {
            o.Filters.Add<InvalidQueryFilter>();
            o.Filters.Add<UnreadableFormFilter>();
        })
        // One folder per page: its controller, page builder, model and views (Overview/Index.cshtml, Admin/Outbox/Index.cshtml);
        // Views/Shared keeps the layout and the partials.
        .AddRazorOptions(o =>
        {
            o.ViewLocationFormats.Insert(0, "/{1}/{0}.cshtml");
            o.ViewLocationFormats.Insert(1, "/Admin/{1}/{0}.cshtml");
        });
        // Vietnamese text stays readable in the HTML instead of becoming numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // Static files and anonymous readers' pages only (PageCompressionProvider): content without secrets, so HTTPS is no BREACH risk.
        services.AddResponseCompression(o => o.EnableForHttps = true);
        services.AddSingleton<IResponseCompressionProvider, PageCompressionProvider>();
        services.AddOutputCache(o => o.AddBasePolicy(new PageCachePolicy()));
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<DashboardOptions>>((o, dashboard) =>
        {
            o.SizeLimit = dashboard.Value.PageCacheMegabytes * 1024L * 1024L;
            o.UseCaseSensitivePaths = true;
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.AddKpiSecurity(configuration);
        services.AddKpiHealth();
        services.AddKpiExcelReports(configuration);
        services.AddKpiEmail(configuration).AddKpiEmailSchedule();
        services.AddOptions<StartupOptions>().Bind(configuration.GetSection(StartupOptions.Section)).ValidateOnStart();
        services.AddKpiDashboardOptions(configuration);
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [VietnameseFormat.Vietnamese, VietnameseFormat.English];
            options.DefaultRequestCulture = new RequestCulture("vi-VN");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders = [new LanguageCultureProvider()];
        });

        services.AddSingleton<UnitsCache>();
        services.AddSingleton<DataRangeCache>();
        services.AddSingleton<ChartCache>();
        services.AddSingleton<DataVersionClock>();
        services.AddScoped<DataVersion>();
        services.AddScoped<PageFilters>();
        services.AddScoped<TileQuery>();
        services.AddScoped<PageFigures>();
        services.AddScoped<ChartSpecFactory>();
        services.AddScoped<OverviewQuery>();
        services.AddScoped<ProvinceQuery>();
        services.AddScoped<KpiDashboard.Metrics.Dossiers.DossierQuery>();
        services.AddScoped<Dossiers.DossierPageQuery>();
        services.AddScoped<FieldQuery>();
        services.AddScoped<CommuneQuery>();
        services.AddScoped<RankingQuery>();
        services.AddScoped<Maps.MapQuery>();
        services.AddScoped<Submissions.Completeness.CompletenessPageQuery>();
        services.AddScoped<ReportRequestParser>();
        services.AddScoped<ReportsPageQuery>();
        services.AddScoped<ArchiveListQuery>();
        services.AddScoped<SubscriptionListQuery>();
        services.AddScoped<EmailPreview>();
        services.AddScoped<OutboxQuery>();
        services.AddScoped<Admin.UnitLinks.UnitLinksQuery>();
        services.AddScoped<AuditQuery>();
        services.AddScoped<PullSourcesQuery>();
        services.AddScoped<Reported.ReportedPageBuilder>();
        services.AddScoped<Reported.ReconcileQuery>();
        return services;
    }
}

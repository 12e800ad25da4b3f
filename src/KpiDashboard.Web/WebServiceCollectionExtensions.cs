using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using KpiDashboard.Reporting.Email;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;

namespace KpiDashboard.Web;

public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddKpiWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddControllersWithViews();
        // Vietnamese text stays readable in the HTML instead of becoming numeric character references.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddKpiEmail(configuration).AddKpiEmailSchedule();
        services.AddOptions<StartupOptions>().Bind(configuration.GetSection(StartupOptions.Section)).ValidateOnStart();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new("vi-VN"), new("en-US")];
            options.DefaultRequestCulture = new RequestCulture("vi-VN");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // ?lang=en in the URL keeps every page bookmarkable in either language.
            options.RequestCultureProviders.Insert(0, new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" });
        });
        return services;
    }
}

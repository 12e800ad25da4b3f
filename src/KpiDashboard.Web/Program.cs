using KpiDashboard.Ingestion;
using KpiDashboard.Metrics;
using KpiDashboard.Web;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    // Configuration travels with the build output, so `dotnet run` works from any directory.
    ContentRootPath = AppContext.BaseDirectory,
    WebRootPath = WebRoot.Find(),
});

builder.Services.AddKpiMetrics(builder.Configuration);
builder.Services.AddKpiIngestion();
builder.Services.AddKpiWeb(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();

if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/Home/Error");
app.UseRequestLocalization();
app.UseStaticFiles();
app.UseRouting();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
app.MapGet("/health", () => "ok");
app.PrintUrlsOnStart();

app.Run();

public partial class Program;

using KpiDashboard.Ingestion;
using KpiDashboard.Ingestion.Pulls;
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
builder.Services.AddKpiIngestion(builder.Configuration);
builder.Services.AddKpiPulls(builder.Configuration);
builder.Services.AddKpiWeb(builder.Configuration);

var app = builder.Build();
await app.PrepareDatabaseAsync();
app.UseKpiWeb();
app.PrintUrlsOnStart();

app.Run();

public partial class Program;

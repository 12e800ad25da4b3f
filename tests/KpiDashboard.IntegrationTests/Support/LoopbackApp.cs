using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// One complete instance of the web app (the real Program with its hosted services: e-mail schedule, pulls) on Kestrel
/// at a loopback port, over a test database, with its log kept. Give it a clock to drive its schedules.
/// </summary>
public sealed class LoopbackApp : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly TimeProvider? _time;

    public LoopbackApp(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        _database = database;
        _settings = settings ?? new Dictionary<string, string?>();
        _time = time;
        UseKestrel(0);
    }

    public LogSink Log { get; } = new();

    /// <summary>http://127.0.0.1:port/ once started.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Builds and starts the app: migration, demo data and hosted services, as `dotnet run` would.</summary>
    public void Start()
    {
        StartServer();
        BaseAddress = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A client over real HTTP, unlike <see cref="WebApplicationFactory{T}.CreateClient()"/>'s in-memory one.</summary>
    public HttpClient HttpClient() => new() { BaseAddress = BaseAddress };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _database.Settings) builder.UseSetting(key, value);
        builder.UseSetting("urls", "http://127.0.0.1:0");
        // Tests import the communes they need themselves.
        builder.UseSetting("Startup:UnitsFile", "");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Log));
        if (_time is { } time) builder.ConfigureTestServices(services => services.AddSingleton(time));
    }
}

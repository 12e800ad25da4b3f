using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// EF's executed-command log (Microsoft.EntityFrameworkCore.Database.Command at Information), kept per request address:
/// which statements a request sent, without what background services send meanwhile.
/// </summary>
public sealed class RequestCommandLog : ILoggerProvider
{
    private const string Category = "Microsoft.EntityFrameworkCore.Database.Command";
    private const int CommandExecuted = 20101;
    private readonly List<(string Request, string Sql)> _commands = [];

    /// <summary>The setting that makes EF log each executed command.</summary>
    public static KeyValuePair<string, string?> Setting => new($"Logging:LogLevel:{Category}", "Information");

    /// <summary>The statements sent while serving this exact path and query.</summary>
    public IReadOnlyList<string> Of(string pathAndQuery)
    {
        lock (_commands) return [.. _commands.Where(c => c.Request == pathAndQuery).Select(c => c.Sql)];
    }

    public ILogger CreateLogger(string categoryName) => categoryName == Category ? new Logger(this) : NullLoggerInstance;

    public void Dispose()
    {
    }

    private static readonly ILogger NullLoggerInstance = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private sealed class Logger(RequestCommandLog log) : ILogger
    {
        // The accessor's context flows with the request's async calls, so a command is tied to the request that sent it.
        private readonly HttpContextAccessor _http = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (eventId.Id != CommandExecuted || _http.HttpContext?.Request is not { } request) return;
            var address = request.Path.Value + request.QueryString.Value;
            lock (log._commands) log._commands.Add((address, formatter(state, exception)));
        }
    }
}

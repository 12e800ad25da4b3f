using System.Net;
using System.Net.Sockets;

namespace KpiDashboard.IntegrationTests.Safety;

/// <summary>A TCP relay on a loopback port to a server: stopping it is the server going down for whoever goes through it.</summary>
internal sealed class LoopbackTcpProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<TcpClient> _open = [];
    private readonly Task _accepting;

    public LoopbackTcpProxy(string host, int port)
    {
        _listener.Start();
        _accepting = AcceptAsync(host, port);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync(string host, int port)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                var server = new TcpClient();
                await server.ConnectAsync(host, port, _stop.Token);
                lock (_open) _open.AddRange([client, server]);
                _ = RelayAsync(client.GetStream(), server.GetStream());
                _ = RelayAsync(server.GetStream(), client.GetStream());
            }
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException) { }
    }

    private async Task RelayAsync(Stream from, Stream to)
    {
        try { await from.CopyToAsync(to, _stop.Token); }
        catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException) { }
    }

    /// <summary>Refuses new connections and cuts the open ones.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        lock (_open) foreach (var c in _open) c.Dispose();
        await _accepting;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested) await StopAsync();
        _stop.Dispose();
    }
}

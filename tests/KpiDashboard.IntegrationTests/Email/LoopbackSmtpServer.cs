using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MimeKit;

namespace KpiDashboard.IntegrationTests.Email;

/// <summary>
/// A small real SMTP server on 127.0.0.1 (EHLO, MAIL, RCPT, DATA with dot-unstuffing, RSET, NOOP, QUIT) that keeps
/// every accepted message, and can refuse recipients or data with a chosen reply, hold back the 250 that accepts a message,
/// or be stopped and started again.
/// </summary>
internal sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private TcpListener? listener;
    private CancellationTokenSource? stop;
    private readonly ConcurrentBag<Task> sessions = [];
    private readonly ConcurrentQueue<Received> received = new();

    public sealed record Received(string From, IReadOnlyList<string> Recipients, byte[] Raw)
    {
        public MimeMessage Message => MimeMessage.Load(new MemoryStream(Raw));
    }

    public int Port { get; private set; }

    /// <summary>A reply such as "550 5.1.1 no such user" refuses that recipient; null accepts.</summary>
    public Func<string, string?> RecipientReply { get; set; } = _ => null;

    /// <summary>A reply such as "451 4.3.0 try later" refuses the message after DATA; null accepts.</summary>
    public Func<string?> DataReply { get; set; } = () => null;

    /// <summary>
    /// Awaited after a message is kept and before the 250 that accepts it is written: the server has the message,
    /// the client does not know yet (a slow server, or a test acting on the database meanwhile).
    /// </summary>
    public Func<Received, CancellationToken, Task> BeforeAccepting { get; set; } = (_, _) => Task.CompletedTask;

    public IReadOnlyList<Received> Messages => [.. received];

    /// <summary>How many SMTP connections clients have opened.</summary>
    public int Connections => sessions.Count;

    public static LoopbackSmtpServer Start(int port = 0)
    {
        var server = new LoopbackSmtpServer();
        server.Listen(port);
        return server;
    }

    /// <summary>Listens again on the same port after <see cref="StopAsync"/>.</summary>
    public void Restart() => Listen(Port);

    private void Listen(int port)
    {
        listener = new TcpListener(IPAddress.Loopback, port);
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        stop = new CancellationTokenSource();
        var token = stop.Token;
        var l = listener;
        _ = Task.Run(async () =>
        {
            while (!token.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await l.AcceptTcpClientAsync(token);
                }
                catch (Exception)
                {
                    return;
                }
                sessions.Add(Task.Run(() => SessionAsync(client, token)));
            }
        });
    }

    public async Task StopAsync()
    {
        stop?.Cancel();
        listener?.Stop();
        try
        {
            await Task.WhenAll(sessions);
        }
        catch (Exception)
        {
            // Sessions end with the cancelled token.
        }
    }

    private async Task SessionAsync(TcpClient client, CancellationToken ct)
    {
        using var _ = client;
        await using var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.Latin1);
        await using var writer = new StreamWriter(stream, Encoding.Latin1) { NewLine = "\r\n", AutoFlush = true };
        try
        {
            await writer.WriteLineAsync("220 localhost loopback SMTP ready");
            string? from = null;
            var rcpts = new List<string>();
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                var verb = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-localhost");
                        await writer.WriteLineAsync("250-8BITMIME");
                        await writer.WriteLineAsync("250 SIZE 52428800");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "MAIL":
                        from = Address(line);
                        rcpts.Clear();
                        await writer.WriteLineAsync("250 2.1.0 ok");
                        break;
                    case "RCPT":
                        var rcpt = Address(line);
                        if (RecipientReply(rcpt) is { } refusal) await writer.WriteLineAsync(refusal);
                        else
                        {
                            rcpts.Add(rcpt);
                            await writer.WriteLineAsync("250 2.1.5 ok");
                        }
                        break;
                    case "DATA":
                        if (rcpts.Count == 0)
                        {
                            await writer.WriteLineAsync("554 5.5.1 no valid recipients");
                            break;
                        }
                        await writer.WriteLineAsync("354 end with <CRLF>.<CRLF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync(ct) is { } dataLine && dataLine != ".")
                            data.Append(dataLine.StartsWith("..", StringComparison.Ordinal) ? dataLine[1..] : dataLine).Append("\r\n");
                        if (DataReply() is { } dataRefusal) await writer.WriteLineAsync(dataRefusal);
                        else
                        {
                            var message = new Received(from ?? "", [.. rcpts], Encoding.Latin1.GetBytes(data.ToString()));
                            received.Enqueue(message);
                            await BeforeAccepting(message, ct);
                            await writer.WriteLineAsync($"250 2.0.0 queued as {received.Count}");
                        }
                        rcpts.Clear();
                        break;
                    case "RSET":
                        rcpts.Clear();
                        await writer.WriteLineAsync("250 2.0.0 ok");
                        break;
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 ok");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 command not implemented");
                        break;
                }
            }
        }
        catch (Exception) when (ct.IsCancellationRequested)
        {
            // Stopped mid-session: the client sees the connection drop, as with a crashed server.
        }
        catch (IOException)
        {
            // The client went away.
        }
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<');
        var end = line.IndexOf('>');
        return start >= 0 && end > start ? line[(start + 1)..end] : line[(line.IndexOf(':') + 1)..].Trim();
    }

    public async ValueTask DisposeAsync() => await StopAsync();
}

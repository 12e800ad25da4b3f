using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// The HMAC key of unsubscribe links: Summaries:UnsubscribeKey, or a random key created once in a file readable
/// only by its owner, so links stay valid across restarts and between the web app and `kpi`.
/// </summary>
public sealed class SigningKey
{
    private readonly Lazy<byte[]> key;

    public SigningKey(IOptions<SummaryOptions> options) => key = new Lazy<byte[]>(() => Load(options.Value));

    internal SigningKey(byte[] key) => this.key = new Lazy<byte[]>(key);

    internal byte[] Bytes => key.Value;

    public static bool TryDecode(string text, out byte[] bytes)
    {
        bytes = [];
        try
        {
            bytes = Convert.FromBase64String(text.Trim());
        }
        catch (FormatException)
        {
            return false;
        }
        return bytes.Length >= 32;
    }

    private static byte[] Load(SummaryOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.UnsubscribeKey) && TryDecode(options.UnsubscribeKey, out var configured)) return configured;
        var path = options.KeyFile ?? DefaultKeyFile();
        if (File.Exists(path) && TryDecode(File.ReadAllText(path), out var stored)) return stored;
        var fresh = RandomNumberGenerator.GetBytes(32);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        try
        {
            // CreateNew: when two processes race on first use, the loser reads the winner's key.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            using var writer = new StreamWriter(stream);
            writer.Write(Convert.ToBase64String(fresh));
            return fresh;
        }
        catch (IOException) when (File.Exists(path))
        {
            Thread.Sleep(50);
            return TryDecode(File.ReadAllText(path), out var other) ? other : throw new InvalidOperationException($"unreadable unsubscribe key file {path}");
        }
    }

    private static string DefaultKeyFile() => Path.Combine(
        Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create),
        "KpiDashboard", "unsubscribe.key");
}

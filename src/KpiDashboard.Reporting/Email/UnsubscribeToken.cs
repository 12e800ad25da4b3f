using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KpiDashboard.Reporting.Email;

/// <summary>
/// "{subscriptionId}.{HMAC-SHA256}" in URL-safe base64: anyone holding the link may unsubscribe that one
/// subscription, nobody can forge a link for another.
/// </summary>
public sealed class UnsubscribeToken(SigningKey key)
{
    public string Create(int subscriptionId) =>
        $"{subscriptionId.ToString(CultureInfo.InvariantCulture)}.{Base64Url.EncodeToString(Mac(subscriptionId))}";

    public bool TryValidate(string? token, out int subscriptionId)
    {
        subscriptionId = 0;
        if (string.IsNullOrEmpty(token) || token.Length > 200) return false;
        var dot = token.IndexOf('.');
        if (dot <= 0) return false;
        if (!int.TryParse(token.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0) return false;
        byte[] given;
        try
        {
            given = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
        }
        catch (FormatException)
        {
            return false;
        }
        if (!CryptographicOperations.FixedTimeEquals(given, Mac(id))) return false;
        subscriptionId = id;
        return true;
    }

    private byte[] Mac(int id) =>
        HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes($"kpi-unsubscribe:{id.ToString(CultureInfo.InvariantCulture)}"));
}

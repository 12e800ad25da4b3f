using System.Globalization;
using System.Text;
using KpiDashboard.Metrics.BuiltIn;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>Dossier lists of a chosen size for the tests that run `kpi` on them (kills, a full disk).</summary>
internal static class DossierLists
{
    public const string Header = "dossier_code,procedure_code,field,province,commune,channel,received_at,due_at,handling_days,supplement_requests,supplement_days,finished_at,outcome";

    /// <summary>
    /// Dossiers of Phú Thọ's provincial agencies (no commune, so no unit import is needed) received from July 2025 over
    /// 240 days, a fifth pending, due dates from the handling time. With <paramref name="corrected"/> every tenth dossier
    /// finishes a day later: the same list as an agency would send it again after a correction.
    /// </summary>
    public static string Write(string folder, string name, int rows, bool corrected = false)
    {
        var random = new Random(11);
        var fields = BuiltInFields.All.Select(f => f.Code).ToArray();
        var start = new DateOnly(2025, 7, 1);
        var text = new StringBuilder(Header).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            var received = start.AddDays(random.Next(0, 240));
            var pending = random.Next(5) == 0;
            var finished = received.AddDays(random.Next(0, 30) + (corrected && i % 10 == 0 ? 1 : 0));
            text.Append(CultureInfo.InvariantCulture,
                $"HS{i:D7},1.00{random.Next(1000, 1100)},{fields[random.Next(fields.Length)]},25,,{(random.Next(2) == 0 ? "online" : "offline")},")
                .Append(CultureInfo.InvariantCulture, $"{received:yyyy-MM-dd},,{new[] { 3, 5, 10 }[random.Next(3)]},{random.Next(2)},{random.Next(3)},")
                .Append(pending ? "," : $"{finished:yyyy-MM-dd},resolved").Append('\n');
        }
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text.ToString());
        return path;
    }
}

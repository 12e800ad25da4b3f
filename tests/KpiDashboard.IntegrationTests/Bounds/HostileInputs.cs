using System.Text;

namespace KpiDashboard.IntegrationTests.Bounds;

/// <summary>The inputs of the audit (issue 12, item 5) and their variants, built in memory.</summary>
internal static class HostileInputs
{
    /// <summary>Answers and outputs to these stay under this size.</summary>
    public const int MaxAnswerBytes = 300 * 1024;

    public const string Header = "period,province,commune,field,received\n";

    /// <summary>About 2 MB of rows that are each wrong in several ways, with long values to echo.</summary>
    public static byte[] BadRows()
    {
        var text = new StringBuilder(Header);
        var value = new string('x', 300);
        while (text.Length < 2 * 1024 * 1024) text.Append($"tháng 13/2025 {value},Nowhere {value},,Nothing {value},-1\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static byte[] WideHeader() =>
        Encoding.UTF8.GetBytes(Header.TrimEnd('\n') + "," + string.Join(",", Enumerable.Range(1, 200_000).Select(i => $"c{i}")) + "\n2025-07,25,,SHTT,1\n");

    public static byte[] HugeCell() =>
        Encoding.UTF8.GetBytes(Header + "2025-07,25,,SHTT," + new string('9', 10 * 1024 * 1024) + "\n");
}

using System.Globalization;

namespace KpiDashboard.Metrics.Safety;

/// <summary>A summary row's key and figures as text (rows, demo rows, then each measure's sum/known), for comparing.</summary>
internal sealed record SummaryRow(int Period, string ProvinceCode, string FieldCode, bool CommuneLevel, string CommuneCode)
{
    public static readonly string[] Measures = Data.FactSummaryRefresh.Measures;

    public override string ToString() =>
        $"{Period} tỉnh/province '{ProvinceCode}' lĩnh vực/field '{FieldCode}' {(CommuneLevel ? "cấp xã/commune level" : "cấp tỉnh/province level")} xã/commune '{CommuneCode}'";

    /// <summary>Rows, demo rows, then per measure the sum of the known values (or null) and how many were known.</summary>
    public sealed class Figures
    {
        public long Rows { get; set; }
        public long DemoRows { get; set; }
        public long?[] Sums { get; } = new long?[Measures.Length];
        public long[] Known { get; } = new long[Measures.Length];

        public void Add(Figures other)
        {
            Rows += other.Rows;
            DemoRows += other.DemoRows;
            for (var i = 0; i < Measures.Length; i++)
            {
                if (other.Sums[i] is { } sum) Sums[i] = (Sums[i] ?? 0) + sum;
                Known[i] += other.Known[i];
            }
        }

        public override string ToString() =>
            $"rows {Rows}, demo {DemoRows}, " + string.Join(", ", Measures.Select((m, i) =>
                $"{m} {Sums[i]?.ToString(CultureInfo.InvariantCulture) ?? "null"}/{Known[i].ToString(CultureInfo.InvariantCulture)}"));
    }
}

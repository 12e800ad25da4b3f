using System.Data.Common;

namespace KpiDashboard.IntegrationTests.Support;

/// <summary>
/// Expected figures straight from the fact rows in plain SQL, not through FigureQuery or the summary table: what pages,
/// forms and reports are compared against. A measure's sum is of the rows that know it; it is complete when all do.
/// </summary>
internal static class FactSql
{
    /// <summary>The measure columns of the Facts table (the schema, not the code under test, names them).</summary>
    public static readonly string[] Measures =
    [
        "ReceivedOnline", "ReceivedOffline", "CarriedOver", "ResolvedEarly", "ResolvedOnTime", "ResolvedLate",
        "PendingWithin", "PendingOverdue", "Received", "Handled", "Resolved", "Pending",
    ];

    /// <summary>Biểu 06's columns 3 to 13, in order.</summary>
    public static readonly string[] FormColumns =
    [
        "Handled", "ReceivedOnline", "ReceivedOffline", "CarriedOver", "Resolved", "ResolvedEarly", "ResolvedOnTime",
        "ResolvedLate", "Pending", "PendingWithin", "PendingOverdue",
    ];

    /// <summary>The form's totals (3), (7) and (11): the others are its base measures.</summary>
    public static readonly string[] FormTotals = ["Handled", "Resolved", "Pending"];

    public sealed record Sum(long? Value, bool Complete);

    public sealed record Group(string? FieldCode, bool IsCommune, IReadOnlyDictionary<string, Sum> Sums)
    {
        public Sum this[string measure] => Sums[measure];
    }

    /// <summary>The facts of months <paramref name="from"/> to <paramref name="to"/> (yyyyMM) in a scope, summed once or per field and level.</summary>
    public static async Task<List<Group>> SumAsync(DbConnection connection, int from, int to, string? province = null,
        string? commune = null, string? field = null, bool byFieldAndLevel = false)
    {
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        var where = new List<string> { "\"Period\" >= @from", "\"Period\" <= @to" };
        Add(command, "@from", from);
        Add(command, "@to", to);
        if (province is not null) { where.Add("\"ProvinceCode\" = @province"); Add(command, "@province", province); }
        if (commune is not null) { where.Add("\"CommuneCode\" = @commune"); Add(command, "@commune", commune); }
        if (field is not null) { where.Add("\"FieldCode\" = @field"); Add(command, "@field", field); }
        var key = byFieldAndLevel ? "\"FieldCode\", CASE WHEN \"CommuneCode\" IS NULL THEN 0 ELSE 1 END" : "NULL, 0";
        var sums = string.Join(", ", Measures.Select(m => $"SUM(\"{m}\"), COUNT(\"{m}\")"));
        command.CommandText = $"SELECT {key}, COUNT(*), {sums} FROM \"Facts\" WHERE {string.Join(" AND ", where)}"
                              + (byFieldAndLevel ? " GROUP BY 1, 2" : "");
        var groups = new List<Group>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var rows = Convert.ToInt64(reader.GetValue(2));
            var values = new Dictionary<string, Sum>();
            for (var i = 0; i < Measures.Length; i++)
            {
                var known = Convert.ToInt64(reader.GetValue(4 + 2 * i));
                values[Measures[i]] = new Sum(known == 0 ? null : Convert.ToInt64(reader.GetValue(3 + 2 * i)), known == rows);
            }
            groups.Add(new Group(reader.IsDBNull(0) ? null : reader.GetString(0), Convert.ToInt64(reader.GetValue(1)) == 1, values));
        }
        return groups;
    }

    public static async Task<Group> TotalAsync(TestDatabase db, int from, int to, string? province = null, string? commune = null, string? field = null)
    {
        await using var connection = db.Connect();
        return (await SumAsync(connection, from, to, province, commune, field)).Single();
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

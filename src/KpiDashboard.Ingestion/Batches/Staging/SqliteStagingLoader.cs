using System.Data.Common;
using KpiDashboard.Ingestion.Figures;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>
/// Prepared multi-row INSERTs inside the batch's transaction: one statement carries <see cref="RowsPerStatement"/> rows,
/// so the per-statement cost of ADO.NET is paid once per block rather than once per row.
/// </summary>
internal sealed class SqliteStagingLoader : IStagingLoader
{
    private const int RowsPerStatement = 64;

    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly DbCommand _block;
    private readonly List<FigureRow> _pending = new(RowsPerStatement);

    public SqliteStagingLoader(DbConnection connection, DbTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _block = Command(RowsPerStatement);
        _block.Prepare();
    }

    public async ValueTask AddAsync(FigureRow row, CancellationToken ct)
    {
        _pending.Add(row);
        if (_pending.Count < RowsPerStatement) return;
        await WriteAsync(_block, ct);
    }

    public async ValueTask CompleteAsync(CancellationToken ct)
    {
        if (_pending.Count == 0) return;
        await using var tail = Command(_pending.Count);
        await WriteAsync(tail, ct);
    }

    private async Task WriteAsync(DbCommand command, CancellationToken ct)
    {
        var p = 0;
        foreach (var row in _pending)
            foreach (var value in StagedRow.Values(row))
                command.Parameters[p++].Value = value ?? DBNull.Value;
        await command.ExecuteNonQueryAsync(ct);
        _pending.Clear();
    }

    private DbCommand Command(int rows)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var width = StagingSql.Columns.Length;
        var values = new System.Text.StringBuilder();
        for (var r = 0; r < rows; r++)
        {
            values.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < width; c++)
            {
                var name = "@p" + (r * width + c).ToString(System.Globalization.CultureInfo.InvariantCulture);
                values.Append(c == 0 ? name : "," + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }
            values.Append(')');
        }
        command.CommandText = $"INSERT INTO {StagingSql.Table} ({string.Join(",", StagingSql.Columns.Select(c => $"\"{c}\""))}) VALUES {values}";
        return command;
    }

    public ValueTask DisposeAsync() => _block.DisposeAsync();
}

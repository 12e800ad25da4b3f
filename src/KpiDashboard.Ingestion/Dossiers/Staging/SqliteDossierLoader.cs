using KpiDashboard.Ingestion.Batches.Staging;
using Microsoft.Data.Sqlite;

namespace KpiDashboard.Ingestion.Dossiers.Staging;

internal sealed class SqliteDossierLoader(SqliteConnection connection) : IDossierLoader
{
    private readonly SqliteRowInsert _insert = new(connection, DossierStagingSql.Table, DossierStagingSql.Columns);

    public void Add(DossierRow row)
    {
        var d = row.Dates;
        _insert.Bind(1, row.Row);
        _insert.Bind(2, row.UnitCode);
        _insert.Bind(3, row.ProvinceCode);
        _insert.Bind(4, row.CommuneCode);
        _insert.Bind(5, row.Code);
        _insert.Bind(6, row.ProcedureCode);
        _insert.Bind(7, row.ProcedureName);
        _insert.Bind(8, row.FieldCode);
        _insert.Bind(9, d.Online ? 1 : 0);
        _insert.Bind(10, d.ReceivedOn);
        _insert.Bind(11, d.DueOn);
        _insert.Bind(12, row.HandlingDays);
        _insert.Bind(13, d.SupplementRequests);
        _insert.Bind(14, d.SupplementDays);
        _insert.Bind(15, d.FinishedOn);
        _insert.Bind(16, (int?)d.Outcome);
        _insert.Bind(17, row.OldProvinceCode);
        _insert.Bind(18, row.OldCommuneCode);
        _insert.Bind(19, row.DueFromHandlingDays ? 1 : 0);
        _insert.Step();
    }

    public ValueTask CompleteAsync(CancellationToken ct) => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _insert.Dispose();
        return ValueTask.CompletedTask;
    }
}

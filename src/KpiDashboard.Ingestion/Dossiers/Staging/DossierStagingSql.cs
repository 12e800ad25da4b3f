namespace KpiDashboard.Ingestion.Dossiers.Staging;

/// <summary>
/// The set-based SQL of a dossier list, shared by SQLite and PostgreSQL: the valid rows are staged in a temporary table
/// as they are read, then checked for repeated codes and written over the stored dossiers by a few statements.
/// </summary>
internal sealed class DossierStagingSql(bool postgres)
{
    public const string Table = "kpi_dossier_staging";

    /// <summary>The stored columns, named as in "Dossiers", in the order the loaders write them after "Row".</summary>
    public static readonly string[] Stored =
    [
        "UnitCode", "ProvinceCode", "CommuneCode", "Code", "ProcedureCode", "ProcedureName", "FieldCode", "Online",
        "ReceivedOn", "DueOn", "HandlingDays", "SupplementRequests", "SupplementDays", "FinishedOn", "Outcome",
        "OldProvinceCode", "OldCommuneCode", "DueFromHandlingDays",
    ];

    public static readonly string[] Columns = ["Row", .. Stored];

    public string Drop() => $"DROP TABLE IF EXISTS {Table}";

    // SQLite stores dates as ISO text and booleans as integers, as EF Core maps them; the row is the rowid there.
    public string Create()
    {
        var (date, boolean) = postgres ? ("DATE", "BOOLEAN") : ("TEXT", "INTEGER");
        var columns = $"\"Row\" INTEGER NOT NULL{(postgres ? "" : " PRIMARY KEY")}, \"UnitCode\" TEXT NOT NULL, \"ProvinceCode\" TEXT NOT NULL, " +
            "\"CommuneCode\" TEXT NULL, \"Code\" TEXT NOT NULL, \"ProcedureCode\" TEXT NOT NULL, \"ProcedureName\" TEXT NULL, \"FieldCode\" TEXT NOT NULL, " +
            $"\"Online\" {boolean} NOT NULL, \"ReceivedOn\" {date} NOT NULL, \"DueOn\" {date} NOT NULL, \"HandlingDays\" INTEGER NULL, " +
            $"\"SupplementRequests\" INTEGER NOT NULL, \"SupplementDays\" INTEGER NOT NULL, \"FinishedOn\" {date} NULL, \"Outcome\" INTEGER NULL, " +
            $"\"OldProvinceCode\" TEXT NULL, \"OldCommuneCode\" TEXT NULL, \"DueFromHandlingDays\" {boolean} NOT NULL";
        return postgres ? $"CREATE TEMP TABLE {Table} ({columns}) ON COMMIT DROP" : $"CREATE TEMP TABLE {Table} ({columns})";
    }

    /// <summary>(row, first row of the same unit and code, code) for every row whose unit and code came before, in row order: one sort.</summary>
    public static string Duplicates() =>
        "SELECT \"Row\", \"First\", \"Code\" FROM (SELECT \"Row\", \"Code\", MIN(\"Row\") OVER (PARTITION BY \"UnitCode\", \"Code\") AS \"First\" " +
        $"FROM {Table}) d WHERE \"Row\" > \"First\" ORDER BY \"Row\"";

    /// <summary>
    /// 1 when some staged dossier is new or differs from the stored one of its unit and code, or a stored one is
    /// <see cref="KeepDropped">dropped</see>, else 0.
    /// </summary>
    public string AnyChanged() =>
        $"SELECT CASE WHEN EXISTS (SELECT 1 FROM {Table} s WHERE NOT EXISTS (SELECT 1 FROM \"Dossiers\" d " +
        $"WHERE d.\"UnitCode\" = s.\"UnitCode\" AND d.\"Code\" = s.\"Code\" AND {Same()})) OR EXISTS ({Dropped("1")}) THEN 1 ELSE 0 END";

    /// <summary>
    /// Keeps, for a rollback of batch @batch, the stored dossiers the list changes (same unit and code, some value differs),
    /// as they are and with the batch that wrote them.
    /// </summary>
    public string KeepChanged()
    {
        var columns = string.Join(", ", Stored.Select(c => $"\"{c}\""));
        var stored = string.Join(", ", Stored.Select(c => $"d.\"{c}\""));
        return $"INSERT INTO \"ReplacedDossiers\" (\"ReplacedByBatchId\", \"Id\", {columns}, \"BatchId\") " +
               $"SELECT @batch, d.\"Id\", {stored}, d.\"BatchId\" FROM \"Dossiers\" d JOIN {Table} s " +
               $"ON d.\"UnitCode\" = s.\"UnitCode\" AND d.\"Code\" = s.\"Code\" WHERE NOT ({Same()})";
    }

    /// <summary>
    /// Keeps, for a rollback of batch @batch, the stored dossiers the list drops: the list is its units' whole register
    /// over its span, so a dossier of one of its units received from its first to its last received date whose code it
    /// does not name is no longer there.
    /// </summary>
    public string KeepDropped()
    {
        var columns = string.Join(", ", Stored.Select(c => $"\"{c}\""));
        var stored = string.Join(", ", Stored.Select(c => $"d.\"{c}\""));
        return $"INSERT INTO \"ReplacedDossiers\" (\"ReplacedByBatchId\", \"Id\", {columns}, \"BatchId\") {Dropped($"@batch, d.\"Id\", {stored}, d.\"BatchId\"")}";
    }

    /// <summary>
    /// The stored dossiers of the list's units received within its span that it does not name. SQLite runs a correlated
    /// NOT EXISTS as a scan of the staged rows per dossier, but a NOT IN once into a temporary index; PostgreSQL hashes
    /// NOT EXISTS into an anti-join, and NOT IN only while the codes fit in work_mem.
    /// </summary>
    private string Dropped(string select)
    {
        var absent = postgres
            ? $"NOT EXISTS (SELECT 1 FROM {Table} s WHERE s.\"UnitCode\" = d.\"UnitCode\" AND s.\"Code\" = d.\"Code\")"
            : $"(d.\"UnitCode\", d.\"Code\") NOT IN (SELECT \"UnitCode\", \"Code\" FROM {Table})";
        return $"SELECT {select} FROM \"Dossiers\" d WHERE d.\"UnitCode\" IN (SELECT \"UnitCode\" FROM {Table}) " +
               $"AND d.\"ReceivedOn\" >= (SELECT MIN(\"ReceivedOn\") FROM {Table}) AND d.\"ReceivedOn\" <= (SELECT MAX(\"ReceivedOn\") FROM {Table}) AND {absent}";
    }

    /// <summary>Deletes the stored dossiers that <see cref="KeepChanged"/> and <see cref="KeepDropped"/> kept for batch @batch.</summary>
    public static string DeleteChanged() =>
        "DELETE FROM \"Dossiers\" WHERE \"Id\" IN (SELECT \"Id\" FROM \"ReplacedDossiers\" WHERE \"ReplacedByBatchId\" = @batch)";

    /// <summary>Every staged dossier into an empty Dossiers, in the list's order, written by batch @batch.</summary>
    public static string InsertStaged() => Insert("");

    /// <summary>The staged dossiers that no stored one equals (new, or changed and deleted by <see cref="DeleteChanged"/>).</summary>
    public static string InsertNew() =>
        Insert($"WHERE NOT EXISTS (SELECT 1 FROM \"Dossiers\" d WHERE d.\"UnitCode\" = {Table}.\"UnitCode\" AND d.\"Code\" = {Table}.\"Code\") ");

    private static string Insert(string where)
    {
        var columns = string.Join(", ", Stored.Select(c => $"\"{c}\""));
        return $"INSERT INTO \"Dossiers\" ({columns}, \"BatchId\") SELECT {columns}, @batch FROM {Table} {where}ORDER BY \"Row\"";
    }

    /// <summary>Stored dossier d equals staged dossier s in every stored column.</summary>
    private string Same() =>
        string.Join(" AND ", Stored.Select(c => postgres ? $"d.\"{c}\" IS NOT DISTINCT FROM s.\"{c}\"" : $"d.\"{c}\" IS s.\"{c}\""));
}

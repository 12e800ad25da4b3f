using KpiDashboard.Ingestion.Figures;
using KpiDashboard.Metrics.History;
using KpiDashboard.Metrics.Kpis;

namespace KpiDashboard.Ingestion.Batches.Staging;

/// <summary>
/// The set-based SQL of a batch, shared by SQLite and PostgreSQL: rows are staged in a temporary table, then
/// compared with the facts, merged, audited and written by a handful of statements, never row by row from .NET.
/// </summary>
internal sealed class StagingSql(bool postgres)
{
    public const string Table = "kpi_staging";
    public const string Merged = "kpi_merged";
    public const string Units = "kpi_units";

    /// <summary>The fact columns of the measures, in catalogue order (the order of <see cref="StagedRow"/>).</summary>
    public static readonly string[] Measures = [.. MeasureCatalogue.All.Select(m => m.Column)];

    public static readonly string[] Columns = ["Row", "Period", "PrevPeriod", "ProvinceCode", "CommuneKey", "FieldCode", .. Measures];

    // A temporary table lives with the connection; PostgreSQL drops it at commit or rollback, SQLite when told to.
    private string Temp => postgres ? "CREATE TEMP TABLE {0} ({1}) ON COMMIT DROP" : "CREATE TEMP TABLE {0} ({1})";

    public string CreateStaging() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Temp, Table,
        "\"Row\" INTEGER NOT NULL" + (postgres ? "" : " PRIMARY KEY") + ", \"Period\" INTEGER NOT NULL, \"PrevPeriod\" INTEGER NOT NULL, " +
        "\"ProvinceCode\" TEXT NOT NULL, \"CommuneKey\" TEXT NOT NULL, \"FieldCode\" TEXT NOT NULL, " +
        string.Join(", ", Measures.Select(m => $"\"{m}\" INTEGER NULL")));

    /// <summary>The units a first load reports, each once (<see cref="SubmissionSql.Units"/>): one row per unit and month, where the file has one per field too.</summary>
    public string CreateUnits() => string.Format(System.Globalization.CultureInfo.InvariantCulture, Temp, Units,
        "\"Period\" INTEGER NOT NULL, \"ProvinceCode\" TEXT NOT NULL, \"CommuneKey\" TEXT NOT NULL");

    public static readonly string[] UnitColumns = ["Period", "ProvinceCode", "CommuneKey"];

    public string DropTemporary() => $"DROP TABLE IF EXISTS {Table}; DROP TABLE IF EXISTS {Merged}; DROP TABLE IF EXISTS {Units};";

    /// <summary>
    /// One batch at a time per database, across processes and app instances: two ingests of the same file then give one
    /// batch and one "nothing changed", not a unique-key failure. PostgreSQL: a transaction-scoped advisory lock;
    /// SQLite: an empty write takes the write lock now rather than at the first insert (readers are never blocked in WAL).
    /// </summary>
    public string LockBatches() => postgres
        ? "SELECT pg_advisory_xact_lock(7208250001)"
        : "UPDATE \"Batches\" SET \"Id\" = \"Id\" WHERE 0 = 1";

    /// <summary>SQLite's key checks look rows up by key; PostgreSQL's sort the staged rows once instead.</summary>
    public string? IndexStaging() => postgres ? null :
        $"CREATE INDEX {Table}_key ON {Table} (\"Period\", \"ProvinceCode\", \"CommuneKey\", \"FieldCode\");";

    /// <summary>
    /// (row, first row with the same key, carried over, previous month's pending), in row order: a duplicate key, for every
    /// row whose key came before, where the first row is given; else a carried-over figure that differs from the previous
    /// month's pending, taken from the file when it has that month and from the facts otherwise, as the row-by-row writer
    /// did. With duplicates the previous month is ambiguous and the batch fails anyway, so its warnings mean nothing.
    /// </summary>
    public string KeyChecks() => postgres ? OnePassChecks() :
        $"SELECT \"Row\", \"First\", NULL AS \"CarriedOver\", NULL AS \"PreviousPending\" FROM ({Duplicates()}) d " +
        $"UNION ALL SELECT \"Row\", NULL, \"CarriedOver\", \"PreviousPending\" FROM ({CarriedOverMismatches()}) c ORDER BY 1";

    private static string Duplicates() =>
        $"SELECT s.\"Row\", d.\"First\" FROM {Table} s JOIN (SELECT \"Period\", \"ProvinceCode\", \"CommuneKey\", \"FieldCode\", MIN(\"Row\") AS \"First\" " +
        $"FROM {Table} GROUP BY \"Period\", \"ProvinceCode\", \"CommuneKey\", \"FieldCode\" HAVING COUNT(*) > 1) d " +
        "ON s.\"Period\" = d.\"Period\" AND s.\"ProvinceCode\" = d.\"ProvinceCode\" AND s.\"CommuneKey\" = d.\"CommuneKey\" AND s.\"FieldCode\" = d.\"FieldCode\" " +
        "WHERE s.\"Row\" > d.\"First\"";

    private string CarriedOverMismatches() =>
        $"SELECT \"Row\", \"CarriedOver\", \"PreviousPending\" FROM (SELECT s.\"Row\", s.\"CarriedOver\", " +
        $"CASE WHEN {AcrossTheDate("s")} THEN NULL WHEN p.\"Row\" IS NOT NULL THEN p.\"Pending\" ELSE f.\"Pending\" END AS \"PreviousPending\" FROM {Table} s " +
        $"LEFT JOIN {Table} p ON p.\"Period\" = s.\"PrevPeriod\" AND p.\"ProvinceCode\" = s.\"ProvinceCode\" AND p.\"CommuneKey\" = s.\"CommuneKey\" AND p.\"FieldCode\" = s.\"FieldCode\" " +
        $"LEFT JOIN \"Facts\" f ON {FactMatches("f", "s", "PrevPeriod").Single()} WHERE s.\"CarriedOver\" IS NOT NULL) w " +
        "WHERE \"PreviousPending\" IS NOT NULL AND \"PreviousPending\" <> \"CarriedOver\"";

    /// <summary>
    /// A July 2025 row once the old units are imported: June's row of the same code is another, old unit (3,315 of the
    /// 3,321 commune codes were taken by old communes), so the same-key check leaves it to <see cref="CarriedOverAcrossTheDate"/>.
    /// </summary>
    private static string AcrossTheDate(string staged) =>
        $"{staged}.\"PrevPeriod\" = {LastOldPeriod} AND EXISTS (SELECT 1 FROM \"UnitLinks\")";

    private static readonly int LastOldPeriod = Metrics.Periods.Month.FromKey(UnitValidity.FirstNewPeriod).Previous.Key;

    /// <summary>
    /// The carried-over check across 01/07/2025 (row, carried over, predecessors' June pending, commune's kind, name and code): a July 2025
    /// commune row whose predecessors all went into it whole is compared with the sum of their June 2025 pending (each from
    /// the file's June rows, else the facts) once every one of them is known. A split predecessor (its June pending cannot
    /// be divided) and the provincial agencies (the districts' dossiers went to both levels) are not checked across the date.
    /// </summary>
    public string CarriedOverAcrossTheDate()
    {
        var fact = postgres
            ? "f.\"CommuneCode\" = l.\"OldCode\""
            // Drops the column's affinity so that SQLite seeks its COALESCE(CommuneCode, '') index (see FactMatches).
            : "COALESCE(f.\"CommuneCode\", '') = +l.\"OldCode\"";
        return "SELECT s.\"Row\", s.\"CarriedOver\", SUM(COALESCE(j.\"Pending\", f.\"Pending\")) AS \"PreviousPending\", n.\"Kind\", n.\"Name\", s.\"CommuneKey\" " +
            $"FROM {Table} s " +
            "JOIN \"UnitLinks\" l ON l.\"Level\" = 'commune' AND l.\"NewCode\" = s.\"CommuneKey\" " +
            "JOIN \"Communes\" o ON o.\"Code\" = l.\"OldCode\" AND o.\"ValidTo\" IS NOT NULL " +
            "JOIN \"Communes\" n ON n.\"Code\" = s.\"CommuneKey\" AND n.\"ValidTo\" IS NULL " +
            $"LEFT JOIN {Table} j ON j.\"Period\" = {LastOldPeriod} AND j.\"ProvinceCode\" = o.\"ProvinceCode\" AND j.\"CommuneKey\" = l.\"OldCode\" AND j.\"FieldCode\" = s.\"FieldCode\" " +
            $"LEFT JOIN \"Facts\" f ON j.\"Row\" IS NULL AND f.\"Period\" = {LastOldPeriod} AND f.\"ProvinceCode\" = o.\"ProvinceCode\" AND {fact} AND f.\"FieldCode\" = s.\"FieldCode\" " +
            $"WHERE s.\"Period\" = {UnitValidity.FirstNewPeriod} AND s.\"CarriedOver\" IS NOT NULL AND s.\"CommuneKey\" <> '' " +
            "GROUP BY s.\"Row\", s.\"CarriedOver\", n.\"Kind\", n.\"Name\", s.\"CommuneKey\" " +
            "HAVING MIN(l.\"Kind\") = 'whole' AND MAX(l.\"Kind\") = 'whole' AND COUNT(COALESCE(j.\"Pending\", f.\"Pending\")) = COUNT(*) " +
            "AND SUM(COALESCE(j.\"Pending\", f.\"Pending\")) <> s.\"CarriedOver\" ORDER BY s.\"Row\"";
    }

    /// <summary>
    /// The same checks in one sort of the staged rows by unit, field, month and row: a row's key came before if an earlier
    /// row of its month has it, and the previous month in the file is the row just before, if it is that month.
    /// (Sorting once costs PostgreSQL less than indexing the staged rows and joining them with themselves; SQLite the other way round.)
    /// </summary>
    private string OnePassChecks() =>
        "SELECT \"Row\", \"First\", \"CarriedOver\", \"PreviousPending\" FROM (" +
        "SELECT w.\"Row\", CASE WHEN w.\"First\" <> w.\"Row\" THEN w.\"First\" END AS \"First\", w.\"CarriedOver\", " +
        $"CASE WHEN {AcrossTheDate("w")} THEN NULL WHEN w.\"LagPeriod\" = w.\"PrevPeriod\" THEN w.\"LagPending\" ELSE COALESCE(f.\"Pending\", a.\"Pending\") END AS \"PreviousPending\" FROM (" +
        "SELECT s.\"Row\", s.\"PrevPeriod\", s.\"ProvinceCode\", s.\"CommuneKey\", s.\"FieldCode\", s.\"CarriedOver\", " +
        "MIN(s.\"Row\") OVER same_key AS \"First\", LAG(s.\"Period\") OVER unit AS \"LagPeriod\", LAG(s.\"Pending\") OVER unit AS \"LagPending\" " +
        $"FROM {Table} s WINDOW unit AS (PARTITION BY s.\"ProvinceCode\", s.\"CommuneKey\", s.\"FieldCode\" ORDER BY s.\"Period\", s.\"Row\"), " +
        "same_key AS (PARTITION BY s.\"ProvinceCode\", s.\"CommuneKey\", s.\"FieldCode\", s.\"Period\")) w " +
        $"LEFT JOIN \"Facts\" f ON w.\"LagPeriod\" IS DISTINCT FROM w.\"PrevPeriod\" AND {FactMatches("f", "w", "PrevPeriod")[0]} " +
        $"LEFT JOIN \"Facts\" a ON w.\"LagPeriod\" IS DISTINCT FROM w.\"PrevPeriod\" AND {FactMatches("a", "w", "PrevPeriod")[1]}) c " +
        "WHERE \"First\" IS NOT NULL OR (\"CarriedOver\" IS NOT NULL AND \"PreviousPending\" IS NOT NULL AND \"PreviousPending\" <> \"CarriedOver\") " +
        "ORDER BY \"Row\"";

    /// <summary>
    /// The conditions that find a staged row's fact by seeking the whole natural key; the fact is the one row that meets
    /// any of them. SQLite's index is on COALESCE(CommuneCode, ''), which it seeks only if the comparison has no affinity:
    /// against the TEXT column itself it seeks (Period, ProvinceCode) and scans every commune and field of them for each
    /// staged row (6.6 s instead of 0.03 s for a month of 40,000 rows on 1M facts), so a unary + drops the affinity.
    /// PostgreSQL's index is on the columns (nulls not distinct): a COALESCE, an OR or IS NOT DISTINCT FROM there seeks
    /// (Period, ProvinceCode, FieldCode) and filters every commune of the province, so a commune's row and a provincial
    /// agency's row (commune key '') get a condition each.
    /// </summary>
    private string[] FactMatches(string fact, string staged, string period = "Period")
    {
        var common = $"{fact}.\"Period\" = {staged}.\"{period}\" AND {fact}.\"ProvinceCode\" = {staged}.\"ProvinceCode\" AND {fact}.\"FieldCode\" = {staged}.\"FieldCode\"";
        return postgres
            ? [$"{common} AND {fact}.\"CommuneCode\" = NULLIF({staged}.\"CommuneKey\", '')",
               $"{common} AND {fact}.\"CommuneCode\" IS NULL AND {staged}.\"CommuneKey\" = ''"]
            : [$"{common} AND COALESCE({fact}.\"CommuneCode\", '') = +{staged}.\"CommuneKey\""];
    }

    /// <summary>
    /// Every staged row that has a fact, with the merged values (FactMerge in SQL: the file's columns replace, the others
    /// stay, totals re-derived as Measures.WithDerivedTotals does), the old values, and whether anything changed.
    /// </summary>
    public string CreateMerged(IReadOnlySet<FigureColumn> provided)
    {
        string Pick(Measure measure)
        {
            var m = measure.Column;
            if (provided.Contains(measure.FigureColumn())) return $"s.\"{m}\"";
            // A total the file did not have is kept unless the row derived it from its parts.
            return measure.Kind == MeasureKind.Total ? $"COALESCE(s.\"{m}\", f.\"{m}\")" : $"f.\"{m}\"";
        }
        var picked = string.Join(", ", MeasureCatalogue.All.Select(m => $"{Pick(m)} AS \"P{m.Column}\""));
        var old = string.Join(", ", Measures.Select(m => $"f.\"{m}\" AS \"Old{m}\""));
        const string received = "COALESCE(\"PReceivedOnline\" + \"PReceivedOffline\", \"PReceived\")";
        const string resolved = "COALESCE(\"PResolvedEarly\" + \"PResolvedOnTime\" + \"PResolvedLate\", \"PResolved\")";
        const string pending = "COALESCE(\"PPendingWithin\" + \"PPendingOverdue\", \"PPending\")";
        var derived = string.Join(", ", MeasureCatalogue.Base.Select(m => $"\"P{m.Column}\" AS \"New{m.Column}\"")) +
            $", {received} AS \"NewReceived\", COALESCE({received} + \"PCarriedOver\", {resolved} + {pending}, \"PHandled\") AS \"NewHandled\"" +
            $", {resolved} AS \"NewResolved\", {pending} AS \"NewPending\"";
        var inner = string.Join(" UNION ALL ", FactMatches("f", "s").Select(match =>
            $"SELECT f.\"Id\", s.\"Row\", f.\"BatchId\" AS \"OldBatchId\", f.\"IsDemo\" AS \"OldIsDemo\", {picked}, {old} " +
            $"FROM {Table} s JOIN \"Facts\" f ON {match}"));
        var select = $"SELECT \"Id\", \"Row\", \"OldBatchId\", \"OldIsDemo\", {derived}, {string.Join(", ", Measures.Select(m => $"\"Old{m}\""))} FROM ({inner}) p";
        return postgres ? $"CREATE TEMP TABLE {Merged} ON COMMIT DROP AS {select}" : $"CREATE TEMP TABLE {Merged} AS {select}";
    }

    private string SameAs(string a, string b) => postgres ? $"{a} IS NOT DISTINCT FROM {b}" : $"{a} IS {b}";

    /// <summary>True where the merged fact differs from the stored one, or its demo flag does (@demo).</summary>
    public string Changed() =>
        "NOT (" + string.Join(" AND ", Measures.Select(m => SameAs($"\"New{m}\"", $"\"Old{m}\""))) + " AND \"OldIsDemo\" = @demo)";

    /// <summary>(matched, changed) counts.</summary>
    public string CountMerged() =>
        $"SELECT COUNT(*), COALESCE(SUM(CASE WHEN {Changed()} THEN 1 ELSE 0 END), 0) FROM {Merged}";

    /// <summary>1 when a fact lies in the months the staged rows span, so that they must be merged with the facts.</summary>
    public string AnyFactInStagedMonths() =>
        $"SELECT CASE WHEN EXISTS (SELECT 1 FROM \"Facts\" WHERE \"Period\" BETWEEN (SELECT MIN(\"Period\") FROM {Table}) " +
        $"AND (SELECT MAX(\"Period\") FROM {Table})) THEN 1 ELSE 0 END";

    public string CountStaged() => $"SELECT COUNT(*) FROM {Table}";

    public string AuditUpdates() =>
        $"INSERT INTO \"FactChanges\" (\"BatchId\", \"FactId\", \"Kind\", \"PreviousBatchId\", \"PreviousIsDemo\", {string.Join(", ", Measures.Select(m => $"\"Previous{m}\""))}) " +
        $"SELECT @batch, \"Id\", @updated, \"OldBatchId\", \"OldIsDemo\", {string.Join(", ", Measures.Select(m => $"\"Old{m}\""))} FROM {Merged} WHERE {Changed()} ORDER BY \"Row\"";

    public string ApplyUpdates() =>
        $"UPDATE \"Facts\" SET {string.Join(", ", Measures.Select(m => $"\"{m}\" = m.\"New{m}\""))}, \"BatchId\" = @batch, \"IsDemo\" = @demo " +
        $"FROM {Merged} m WHERE \"Facts\".\"Id\" = m.\"Id\" AND {Changed().Replace("\"New", "m.\"New").Replace("\"Old", "m.\"Old")}";

    public string IndexMerged() => $"CREATE INDEX {Merged}_row ON {Merged} (\"Row\");";

    public static string AnyRow(string table) => $"SELECT CASE WHEN EXISTS (SELECT 1 FROM \"{table}\") THEN 1 ELSE 0 END";

    /// <summary>
    /// SQLite sorts the keys of an index it builds on the calling thread unless allowed helpers; with one, the three indexes
    /// of a million dossiers build in about 1.25 s instead of 1.6 s. PostgreSQL builds in parallel by itself.
    /// </summary>
    public string? IndexBuildThreads() => postgres ? null : $"PRAGMA threads = {Math.Clamp(Environment.ProcessorCount - 1, 0, 4)}";

    /// <summary>
    /// (drop, recreate) statements for the indexes of <paramref name="table"/> but its primary key and, on PostgreSQL, its
    /// foreign keys (checked row by row by triggers there; SQLite's checks cost less and cannot be dropped without rebuilding the table).
    /// </summary>
    public string DeferrableConstraints(string table) => postgres
        ? $"SELECT 'DROP INDEX ' || i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) FROM pg_index i " +
          $"WHERE i.indrelid = '\"{table}\"'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid) " +
          $"UNION ALL SELECT 'ALTER TABLE \"{table}\" DROP CONSTRAINT ' || quote_ident(c.conname), " +
          $"'ALTER TABLE \"{table}\" ADD CONSTRAINT ' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid) " +
          $"FROM pg_constraint c WHERE c.conrelid = '\"{table}\"'::regclass AND c.contype = 'f'"
        : $"SELECT 'DROP INDEX \"' || m.name || '\"', m.sql FROM pragma_index_list('{table}') i JOIN sqlite_master m ON m.name = i.name " +
          "WHERE i.origin = 'c' AND m.sql IS NOT NULL";

    /// <summary>The staged rows without a fact, in file order; every staged row when none was merged.</summary>
    public string InsertNew(bool merged) =>
        $"INSERT INTO \"Facts\" (\"Period\", \"ProvinceCode\", \"CommuneCode\", \"FieldCode\", \"BatchId\", \"IsDemo\", {string.Join(", ", Measures.Select(m => $"\"{m}\""))}) " +
        $"SELECT s.\"Period\", s.\"ProvinceCode\", NULLIF(s.\"CommuneKey\", ''), s.\"FieldCode\", @batch, @demo, {string.Join(", ", Measures.Select(m => $"s.\"{m}\""))} " +
        $"FROM {Table} s {(merged ? $"WHERE NOT EXISTS (SELECT 1 FROM {Merged} m WHERE m.\"Row\" = s.\"Row\") " : "")}ORDER BY s.\"Row\"";
}

namespace KpiDashboard.Ingestion.Batches;

/// <summary>
/// The submissions a batch writes and the approvals that stop it, set-based over a source of (Period, ProvinceCode,
/// CommuneKey) rows, CommuneKey '' for the provincial agencies: the staged rows of a batch, or the facts of a batch to roll back.
/// A commune's rows are the commune's report; the provincial agencies' rows are the agencies' report and the province's
/// own (its report to the central level, which an approval of the province then locks whole, communes included).
/// A district's own rows (before July 2025, History.DistrictKey: four characters) are no report of the cycle, which knows
/// communes, agencies and provinces only; the province's approval locks them with the rest of the province.
/// </summary>
internal static class SubmissionSql
{
    public const string Staged = "SELECT DISTINCT \"Period\", \"ProvinceCode\", \"CommuneKey\" FROM " + Staging.StagingSql.Table;

    public const string Units = "SELECT \"Period\", \"ProvinceCode\", \"CommuneKey\" FROM " + Staging.StagingSql.Units;

    public static string FactsOfBatch(int batchId) =>
        "SELECT DISTINCT \"Period\", \"ProvinceCode\", COALESCE(\"CommuneCode\", '') AS \"CommuneKey\" FROM \"Facts\" WHERE \"BatchId\" = " +
        batchId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>(Level, UnitCode, Period, ApprovedBy, ApprovedUtc) of the approved units the source touches, at most 20.</summary>
    public static string Approved(string source) =>
        "SELECT DISTINCT s.\"Level\", s.\"UnitCode\", s.\"Period\", s.\"ApprovedBy\", s.\"ApprovedUtc\" FROM \"Submissions\" s " +
        $"JOIN ({source}) k ON k.\"Period\" = s.\"Period\" AND k.\"ProvinceCode\" = s.\"ProvinceCode\" " +
        "AND (s.\"Level\" = 'Province' OR (s.\"Level\" = 'Agency' AND k.\"CommuneKey\" = '') OR (s.\"Level\" = 'Commune' AND k.\"CommuneKey\" = s.\"UnitCode\")) " +
        "WHERE s.\"State\" = 'Approved' ORDER BY s.\"Period\", s.\"UnitCode\", s.\"Level\" LIMIT 20";

    /// <summary>
    /// Marks every touched unit submitted (@now, @by, @channel): a new report, a draft or a returned one now submitted;
    /// one already submitted keeps its first time, so a correction before approval does not make an on-time report late.
    /// </summary>
    public static string MarkSubmitted(string source) =>
        "INSERT INTO \"Submissions\" (\"Period\", \"Level\", \"UnitCode\", \"ProvinceCode\", \"State\", \"Channel\", \"SubmittedBy\", \"SubmittedUtc\", \"UpdatedUtc\", \"UpdatedBy\") " +
        "SELECT u.\"Period\", u.\"Level\", u.\"UnitCode\", u.\"ProvinceCode\", 'Submitted', CAST(@channel AS TEXT), CAST(@by AS TEXT), CAST(@now AS BIGINT), CAST(@now AS BIGINT), CAST(@by AS TEXT) FROM (" +
        $"SELECT DISTINCT \"Period\", 'Province' AS \"Level\", \"ProvinceCode\" AS \"UnitCode\", \"ProvinceCode\" FROM ({source}) a WHERE \"CommuneKey\" = '' " +
        $"UNION SELECT DISTINCT \"Period\", 'Agency', \"ProvinceCode\", \"ProvinceCode\" FROM ({source}) b WHERE \"CommuneKey\" = '' " +
        $"UNION SELECT DISTINCT \"Period\", 'Commune', \"CommuneKey\", \"ProvinceCode\" FROM ({source}) c WHERE \"CommuneKey\" <> '' AND LENGTH(\"CommuneKey\") <> 4) u " +
        // "WHERE true" lets SQLite parse ON CONFLICT after INSERT ... SELECT.
        "WHERE true ON CONFLICT (\"Period\", \"Level\", \"UnitCode\") DO UPDATE SET \"State\" = 'Submitted', \"Channel\" = excluded.\"Channel\", " +
        "\"SubmittedBy\" = excluded.\"SubmittedBy\", " +
        "\"SubmittedUtc\" = CASE WHEN \"Submissions\".\"State\" = 'Submitted' THEN \"Submissions\".\"SubmittedUtc\" ELSE excluded.\"SubmittedUtc\" END, " +
        "\"ReturnReason\" = NULL, \"UpdatedUtc\" = excluded.\"UpdatedUtc\", \"UpdatedBy\" = excluded.\"UpdatedBy\" " +
        "WHERE \"Submissions\".\"State\" <> 'Approved'";
}

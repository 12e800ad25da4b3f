namespace KpiDashboard.Metrics.Submissions;

/// <summary>
/// DHIS2's reporting rate and reporting rate on time: of the units that must report, those whose report is sent or
/// approved (a returned or draft report is not), and those of them sent by the deadline.
/// </summary>
public sealed record ReportingRate(int Expected, int Reported, int OnTime)
{
    public static ReportingRate Empty { get; } = new(0, 0, 0);

    public double? Rate => Expected == 0 ? null : (double)Reported / Expected;

    public double? OnTimeRate => Expected == 0 ? null : (double)OnTime / Expected;

    public static bool IsReported(SubmissionRow row) => row.State is SubmissionState.Submitted or SubmissionState.Approved;

    public static bool IsOnTime(SubmissionRow row) => IsReported(row) && !row.Late;

    public static ReportingRate Of(IEnumerable<SubmissionRow> rows)
    {
        int expected = 0, reported = 0, onTime = 0;
        foreach (var row in rows)
        {
            expected++;
            if (IsReported(row)) reported++;
            if (IsOnTime(row)) onTime++;
        }
        return new ReportingRate(expected, reported, onTime);
    }
}

namespace KpiDashboard.Metrics.Submissions;

/// <summary>The states and channels as the command line and JSON write them (not_started, submitted, web, cli, ...).</summary>
public static class SubmissionCodes
{
    public static string Code(this SubmissionState state) => state switch
    {
        SubmissionState.NotStarted => "not_started",
        _ => state.ToString().ToLowerInvariant(),
    };

    public static string Code(this SubmissionChannel channel) => channel.ToString().ToLowerInvariant();

    public static string NameVi(this SubmissionState state) => state switch
    {
        SubmissionState.NotStarted => "chưa báo cáo",
        SubmissionState.Draft => "đang soạn",
        SubmissionState.Submitted => "đã gửi",
        SubmissionState.Returned => "bị trả lại",
        _ => "đã duyệt",
    };
}

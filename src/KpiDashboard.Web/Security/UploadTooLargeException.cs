namespace KpiDashboard.Web.Security;

public sealed class UploadTooLargeException(long limit) : Exception($"The upload is larger than {limit / (1024 * 1024)} MB.")
{
    public long Limit { get; } = limit;
}

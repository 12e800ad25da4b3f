namespace KpiDashboard.Reporting.Excel;

/// <summary>The archive will not take a file: the author's daily quota is used up, or every version of its name is taken.</summary>
public sealed class ArchiveRefusedException(bool quota, string messageVi, string messageEn) : Exception(messageEn)
{
    /// <summary>True when the author's quota is the reason (a 429 on the web), false for a name with no free version.</summary>
    public bool Quota { get; } = quota;

    public string MessageVi { get; } = messageVi;

    public static ArchiveRefusedException QuotaUsed(int limit) => new(true,
        $"Mỗi người chỉ được lưu {limit} báo cáo vào kho trong 24 giờ; hãy thử lại sau.",
        $"One person may archive at most {limit} reports in 24 hours; try again later.");

    public static ArchiveRefusedException NoFreeVersion(string fileName, int versions) => new(false,
        $"Kho đã có {versions} phiên bản của tệp \"{fileName}\" cho các phạm vi khác nhau; không lưu thêm.",
        $"The archive already holds {versions} versions of \"{fileName}\" for different scopes; nothing more is saved.");
}

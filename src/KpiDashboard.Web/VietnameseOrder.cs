using System.Globalization;

namespace KpiDashboard.Web;

/// <summary>Sorting of names by Vietnamese collation ("Đ" after "D", tones after the base letter).</summary>
public static class VietnameseOrder
{
    public static readonly StringComparer Comparer = StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), CompareOptions.None);
}

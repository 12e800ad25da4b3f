using System.Text;

namespace KpiDashboard.Web.Security;

/// <summary>An uploaded file's name as a label: no folders, no control characters, at most 200 characters.</summary>
public static class SourceName
{
    public const string Default = "api-upload";

    public static string Clean(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return Default;
        var last = name.Replace('\\', '/').Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? "";
        var text = new StringBuilder();
        foreach (var c in last.Normalize(NormalizationForm.FormC))
            if (!char.IsControl(c)) text.Append(c);
        var clean = text.ToString().Trim().Trim('.');
        if (clean.Length == 0) return Default;
        return clean.Length <= 200 ? clean : clean[..200];
    }
}

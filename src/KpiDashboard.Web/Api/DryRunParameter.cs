using KpiDashboard.Ingestion;
using KpiDashboard.Web.Infrastructure;

namespace KpiDashboard.Web.Api;

/// <summary>
/// dry_run of /api/ingest: true, false, 1 or 0 in any case, false when absent or empty. Read here rather than bound as a
/// bool, whose refusal is the framework's validation problem without the Vietnamese detail every other refusal carries.
/// </summary>
internal static class DryRunParameter
{
    public const string Name = "dry_run";

    public static bool Parse(string? text)
    {
        if (string.IsNullOrEmpty(text) || Is(text, "false") || Is(text, "0")) return false;
        if (Is(text, "true") || Is(text, "1")) return true;
        var shown = IngestText.Echo(text);
        throw InvalidQueryException.BadRequest(
            $"Tham số {Name} không hợp lệ: \"{shown}\". Dùng true, false, 1 hoặc 0.",
            $"Invalid {Name} \"{shown}\": use true, false, 1 or 0.");
    }

    private static bool Is(string text, string value) => string.Equals(text, value, StringComparison.OrdinalIgnoreCase);
}

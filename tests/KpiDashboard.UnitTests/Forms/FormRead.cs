using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Ingestion.Forms;

namespace KpiDashboard.UnitTests.Forms;

internal static class FormRead
{
    public static Form06Reader.Result Read(FormWorkbook form, ResolvedScope? options = null)
    {
        using var stream = form.Save();
        return Form06Reader.Read(stream, TestUnits.Directory, options ?? new ResolvedScope(null, null, null, null));
    }
}

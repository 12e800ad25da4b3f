using System.Diagnostics;
using System.Globalization;
using KpiDashboard.Ingestion.Tables;

// Reads a CSV through the reader the ingest uses (TableSources.Open), touching every cell, REPEATS times in one process:
// per pass wall ms, CPU ms and bytes allocated, then the process's peak working set. Usage: csv-read FILE [REPEATS]
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: csv-read FILE [REPEATS]");
    return 2;
}
var repeats = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 5;
var process = Process.GetCurrentProcess();
for (var pass = 1; pass <= repeats; pass++)
{
    var (wall, cpu, allocated) = (Stopwatch.StartNew(), process.TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));
    long rows = 0, chars = 0;
    using (var stream = File.OpenRead(args[0]))
    using (var source = TableSources.Open(stream))
    {
        foreach (var row in source.Rows())
        {
            rows++;
            for (var i = 0; i < row.Cells.Count; i++) chars += row.Cells[i].Length;
        }
    }
    process.Refresh();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pass {pass}: {rows:N0} rows, {chars:N0} cell chars, {wall.ElapsedMilliseconds:N0} ms wall, {(process.TotalProcessorTime - cpu).TotalMilliseconds:N0} ms CPU, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:N1} MB allocated"));
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set {process.PeakWorkingSet64 / 1048576.0:N0} MB"));
return 0;

using KpiDashboard.Cli;
using KpiDashboard.Cli.Commands;

var root = KpiCommandLine.Build(
    IngestCommand.Create(),
    QueryCommand.Create(),
    BatchesCommand.Create(),
    UnitsCommand.Create(),
    FieldsCommand.Create(),
    DemoCommand.Create(),
    ReportCommand.Create(),
    ExportCommand.Create(),
    BenchCommand.Create());
return await KpiCommandLine.RunAsync(root, args);

using KpiDashboard.Cli;
using KpiDashboard.Cli.Commands;

var root = KpiCommandLine.Build(
    IngestCommand.Create(),
    ExtractCommand.Create(),
    ReconcileCommand.Create(),
    PullCommand.Create(),
    QueryCommand.Create(),
    BatchesCommand.Create(),
    SubmissionsCommand.Create(),
    UnitsCommand.Create(),
    FieldsCommand.Create(),
    CalendarCommand.Create(),
    DossiersCommand.Create(),
    DemoCommand.Create(),
    ReportCommand.Create(),
    ExportCommand.Create(),
    UsersCommand.Create(),
    SubscriptionsCommand.Create(),
    SummariesCommand.Create(),
    CheckCommand.Create(),
    BackupCommand.Create(),
    RestoreCommand.Create(),
    BenchCommand.Create());
return await KpiCommandLine.RunAsync(root, args);

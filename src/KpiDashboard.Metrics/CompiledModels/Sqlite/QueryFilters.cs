using KpiDashboard.Metrics.Data;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KpiDashboard.Metrics.CompiledModels.Sqlite;

// Written by hand (tests/regenerate-compiled-models.sh keeps this file): EF Core leaves query filters out of a compiled
// model, so the generated entity types get them here, from the expressions the configurations use.
public partial class ProvinceEntityType
{
    static partial void Customize(RuntimeEntityType runtimeEntityType) => CurrentUnits.AddTo(runtimeEntityType, CurrentUnits.Provinces);
}

public partial class CommuneEntityType
{
    static partial void Customize(RuntimeEntityType runtimeEntityType) => CurrentUnits.AddTo(runtimeEntityType, CurrentUnits.Communes);
}

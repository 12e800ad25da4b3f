namespace KpiDashboard.IntegrationTests.Admin;

[CollectionDefinition(Name)]
public sealed class AdminCollection : ICollectionFixture<AdminFixture>
{
    public const string Name = "admin";
}

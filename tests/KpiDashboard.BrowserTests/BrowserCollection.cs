namespace KpiDashboard.BrowserTests;

/// <summary>Every browser test shares one app host and one Chromium: starting them is most of the cost.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "browser";
}

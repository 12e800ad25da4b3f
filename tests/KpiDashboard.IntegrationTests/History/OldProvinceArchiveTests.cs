using System.Net;
using KpiDashboard.IntegrationTests.Security;
using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Metrics.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KpiDashboard.IntegrationTests.History;

/// <summary>
/// An archived report of an old province is recorded as covering today's province it went into: Phú Thọ's officer
/// archives and reads Vĩnh Phúc's (26) Biểu 06 for 2024-07; Bắc Ninh's officer neither sees nor opens it.
/// </summary>
public sealed class OldProvinceArchiveTests
{
    private const string Officer24 = "bacninh@test.invalid";
    private const string Password = "TestPassword2025";

    [Fact]
    public async Task An_officer_archives_and_reads_an_old_province_of_their_province_and_nobody_else_does()
    {
        await using var db = await TestDatabase.CreateAsync();
        await HistoryUnits.ImportAsync(db);
        Assert.Empty((await db.IngestAsync(Csv.Header + "2024-07,Vĩnh Phúc,,SHTT,10,5,2,8,4,1,3,1\n")).Errors);
        var root = Path.Combine(Path.GetTempPath(), $"kpi-reports-{Guid.NewGuid():N}");
        try
        {
            await using var factory = new KpiWebFactory(db);
            factory.Settings["Reports:Root"] = root;
            await using (var scope = factory.Services.CreateAsyncScope())
                Assert.True((await scope.ServiceProvider.GetRequiredService<AccountService>().AddAsync(Officer24, Roles.ProvinceOfficer, ["24"], Password, "test")).Succeeded);

            var phuTho = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            var officer = KpiDashboard.Web.Security.DemoAccount.All.Single(a => a.Role == Roles.ProvinceOfficer);
            await SecurityFixture.SignInAsync(phuTho, officer.Email, officer.Password);
            Assert.Equal(HttpStatusCode.Redirect, (await Archiving.SaveAsync(phuTho, "form06", "2024-07", province: "26")).StatusCode);
            var file = Assert.Single(await Archiving.ListedAsync(phuTho), f => f.StartsWith("2024-07/", StringComparison.Ordinal));
            Assert.Equal(HttpStatusCode.OK, (await phuTho.GetAsync(Archiving.Url(file))).StatusCode);

            var bacNinh = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            await SecurityFixture.SignInAsync(bacNinh, Officer24, Password);
            Assert.DoesNotContain(file, await Archiving.ListedAsync(bacNinh));
            Assert.Equal(HttpStatusCode.Forbidden, (await bacNinh.GetAsync(Archiving.Url(file))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await Archiving.SaveAsync(bacNinh, "form06", "2024-07", province: "26")).StatusCode);
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }
}

using System.Net;
using KpiDashboard.IntegrationTests.Web;

namespace KpiDashboard.IntegrationTests.Security;

/// <summary>
/// The report archive as an attacker sees it: the Phú Thọ officer must neither see listed nor download a file archived
/// for another province, a commune of another province, or the nation, whatever the kind of report and whoever made it.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class ArchiveScopeTests(SecurityFixture app)
{
    [Fact]
    public async Task Files_of_other_scopes_are_neither_listed_nor_served_to_the_Phu_Tho_officer()
    {
        const string period = "2025-06";
        var admin = await app.ClientAsync(Who.Admin);
        foreach (var saved in new[]
        {
            await Archiving.SaveAsync(admin, "form06", period, province: "42"),
            await Archiving.SaveAsync(admin, "form06", period, commune: SecurityFixture.CommuneTanHoa42),
            await Archiving.SaveAsync(admin, "form06", period),
            await Archiving.SaveAsync(admin, "national", period, language: "en"),
            await Archiving.SaveAsync(admin, "csv", period),
            await Archiving.SaveAsync(admin, "csv", period, province: "42", field: "SHTT"),
            await Archiving.SaveAsync(await app.ClientAsync(Who.Officer42), "national", period),
        })
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var others = (await Archiving.ListedAsync(admin)).Where(f => f.StartsWith(period + "/", StringComparison.Ordinal)).ToList();
        Assert.Equal(7, others.Count);

        var officer = await app.ClientAsync(Who.Officer25);
        Assert.Empty((await Archiving.ListedAsync(officer)).Intersect(others));
        foreach (var file in others)
        {
            var response = await officer.GetAsync(Archiving.Url(file));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{file}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_file_of_an_old_manifest_without_a_scope_is_for_unrestricted_readers_only()
    {
        var folder = Directory.CreateDirectory(Path.Combine(app.ReportsRoot, "2025-04")).FullName;
        await File.WriteAllBytesAsync(Path.Combine(folder, "Bieu06_HaTinh_2025-04.xlsx"), [1, 2, 3]);
        await File.WriteAllTextAsync(Path.Combine(folder, "manifest.json"), """
            [{ "Period": "2025-04", "FileName": "Bieu06_HaTinh_2025-04.xlsx", "DisplayName": "Biểu06_HàTĩnh_2025-04.xlsx",
               "Length": 3, "CreatedUtc": "2025-05-02T01:00:00+00:00", "CreatedBy": "cli", "DataVersion": 1 }]
            """);

        var officer = await app.ClientAsync(Who.Officer25);
        Assert.DoesNotContain("2025-04/Bieu06_HaTinh_2025-04.xlsx", await Archiving.ListedAsync(officer));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(Archiving.Url("2025-04/Bieu06_HaTinh_2025-04.xlsx"))).StatusCode);

        var analyst = await app.ClientAsync(Who.Analyst);
        Assert.Contains("2025-04/Bieu06_HaTinh_2025-04.xlsx", await Archiving.ListedAsync(analyst));
        Assert.Equal([1, 2, 3], await analyst.GetByteArrayAsync(Archiving.Url("2025-04/Bieu06_HaTinh_2025-04.xlsx")));
    }

    [Fact]
    public async Task A_commune_named_like_another_provinces_commune_gets_its_own_file()
    {
        const string period = "2025-01";
        var admin = await app.ClientAsync(Who.Admin);
        Assert.Equal(HttpStatusCode.Redirect, (await Archiving.SaveAsync(admin, "form06", period, commune: SecurityFixture.CommuneTanHoa42)).StatusCode);
        var hatinh = Assert.Single(await Archiving.ListedAsync(admin), f => f.StartsWith(period + "/", StringComparison.Ordinal));
        var before = await admin.GetByteArrayAsync(Archiving.Url(hatinh));

        var officer = await app.ClientAsync(Who.Officer25);
        Assert.Equal(HttpStatusCode.Redirect, (await Archiving.SaveAsync(officer, "form06", period, commune: WebFixture.CommuneTanHoa)).StatusCode);

        var mine = Assert.Single(await Archiving.ListedAsync(officer), f => f.StartsWith(period + "/", StringComparison.Ordinal));
        Assert.NotEqual(hatinh, mine);
        Assert.Equal(before, await admin.GetByteArrayAsync(Archiving.Url(hatinh)));
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(Archiving.Url(hatinh))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(Archiving.Url(mine))).StatusCode);
    }
}

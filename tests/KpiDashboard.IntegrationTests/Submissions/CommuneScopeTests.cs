using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Batches;
using KpiDashboard.Metrics.Access;
using KpiDashboard.Metrics.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Submissions;

/// <summary>A commune officer (a ProvinceOfficer with communes set) writes only their communes' figures, in the same place province scope is enforced.</summary>
public sealed class CommuneScopeTests : SubmissionTest
{
    private static readonly AccessScope TanHoaOfficer = Roles.ScopeOf(Roles.ProvinceOfficer, ["25"], ["04792"]);

    private async Task<IngestResult> IngestAsAsync(AccessScope access, string csv) => await IngestAsAsync(access, Csv.Stream(csv));

    private async Task<IngestResult> IngestAsAsync(AccessScope access, Stream content)
    {
        await using var context = Database.Open();
        var service = new IngestService(context, new BatchWriter(context, Clock), Clock, access);
        return await service.IngestAsync(content, "figures", new IngestOptions());
    }

    [Fact]
    public async Task A_commune_officer_ingests_their_commune()
    {
        var result = await IngestAsAsync(TanHoaOfficer, CommuneA);
        Assert.True(result.Succeeded);
        Assert.Equal("04792", Assert.Single(await SubmissionsAsync()).UnitCode);
    }

    [Theory]
    [InlineData(CommuneB, "04795", "commune 04795")]
    [InlineData(Agencies, "", "provincial agencies")]
    public async Task Another_commune_or_the_agencies_are_refused_whole_naming_the_cell(string csv, string value, string words)
    {
        var result = await IngestAsAsync(TanHoaOfficer, CommuneA + csv[Csv.Header.Length..]);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("forbidden_commune", "commune", 3, value), (error.Code, error.Column, error.Row, error.Value));
        Assert.Contains(words, error.MessageEn);
        await using var context = Database.Open();
        Assert.Equal(0, await context.Facts.CountAsync());
        Assert.Equal(0, await context.Submissions.CountAsync());
    }

    private const string Dossiers = DossierLists.Header + "\n";
    private const string DossierOfA = "HS1,1.004227,TSVTD,25,04792,online,2025-07-01,,5,0,0,2025-07-03,resolved\n";

    [Fact]
    public async Task A_commune_officer_ingests_their_communes_dossier_list()
    {
        var result = await IngestAsAsync(TanHoaOfficer, Dossiers + DossierOfA);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.MessageEn)));
        await using var context = Database.Open();
        Assert.Equal("04792", (await context.Dossiers.SingleAsync()).UnitCode);
    }

    /// <summary>A dossier list becomes its units' figures: another commune's or the agencies' dossiers are refused as their figures are.</summary>
    [Theory]
    [InlineData("HS2,1.004227,TSVTD,25,04795,online,2025-07-01,,5,0,0,2025-07-03,resolved\n", "forbidden_commune", "commune", "04795", "commune 04795")]
    [InlineData("HS2,1.004227,TSVTD,25,,online,2025-07-01,,5,0,0,2025-07-03,resolved\n", "forbidden_commune", "commune", "", "provincial agencies")]
    [InlineData("HS2,1.004227,TSVTD,42,,online,2025-07-01,,5,0,0,2025-07-03,resolved\n", "forbidden_province", "province", "42", "province 42")]
    public async Task Another_units_dossiers_refuse_the_whole_list_naming_the_cell(string line, string code, string column, string value, string words)
    {
        var result = await IngestAsAsync(TanHoaOfficer, Dossiers + DossierOfA + line);
        var error = Assert.Single(result.Errors);
        Assert.Equal((code, column, 3, value), (error.Code, error.Column, error.Row, error.Value));
        Assert.Contains(words, error.MessageEn);
        await using var context = Database.Open();
        Assert.Equal(0, await context.Dossiers.CountAsync());
        Assert.Equal(0, await context.Facts.CountAsync());
        Assert.Equal(0, await context.Submissions.CountAsync());
    }

    [Fact]
    public async Task The_form_reader_is_held_to_the_same_scope()
    {
        var result = await IngestAsAsync(TanHoaOfficer, Form());
        Assert.Equal("forbidden_commune", Assert.Single(result.Errors).Code);
        await using var context = Database.Open();
        Assert.Equal(0, await context.Facts.CountAsync());
    }
}

using KpiDashboard.IntegrationTests.Support;
using KpiDashboard.Ingestion.Units;
using Microsoft.EntityFrameworkCore;

namespace KpiDashboard.IntegrationTests.Ingest;

public sealed class UnitImportTests
{
    [Fact]
    public async Task The_official_list_imports_all_communes_and_reimports_idempotently()
    {
        await using var db = await TestDatabase.CreateAsync();
        var path = RepositoryPaths.SharedData("vn-admin-units-2025.json");
        var first = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(File.OpenRead(path)));
        Assert.Empty(first.Errors);
        Assert.Equal(3321, first.Inserted);

        var second = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(File.OpenRead(path)));
        Assert.Equal((0, 0, 3321), (second.Inserted, second.Updated, second.Unchanged));

        await using var context = db.Open();
        Assert.Equal(3321, await context.Communes.CountAsync());
        Assert.Equal(126, await context.Communes.CountAsync(c => c.ProvinceCode == "01"));
        Assert.Equal(13, await context.Communes.CountAsync(c => c.Kind == "Đặc khu"));
    }

    [Fact]
    public async Task A_csv_list_with_an_unknown_province_writes_nothing()
    {
        await using var db = await TestDatabase.CreateAsync();
        var csv = "code,name,province_code\n07888,Phường Thanh Miếu,25\n99999,Xã Không Có,77\n";
        var outcome = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(Csv.Stream(csv)));
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((3, "province_code", "unknown_province"), (error.Row, error.Column, error.Code));
        await using var context = db.Open();
        Assert.Equal(0, await context.Communes.CountAsync());
    }

    [Fact]
    public async Task A_csv_list_splits_the_kind_from_the_name()
    {
        await using var db = await TestDatabase.CreateAsync();
        var outcome = await db.With<UnitImport, UnitImport.Outcome>(u => u.ImportAsync(Csv.Stream("code,name,province_code\n7888,Phường Thanh Miếu,25\n")));
        Assert.Empty(outcome.Errors);
        await using var context = db.Open();
        var commune = await context.Communes.SingleAsync();
        Assert.Equal(("07888", "Thanh Miếu", "Phường"), (commune.Code, commune.Name, commune.Kind));
    }

    [Fact]
    public async Task Fields_import_adds_and_updates()
    {
        await using var db = await TestDatabase.CreateAsync();
        var outcome = await db.With<FieldImport, FieldImport.Outcome>(f => f.ImportAsync(Csv.Stream("code,name_vi,name_en\nCNTT,Công nghệ thông tin,Information technology\nSHTT,Sở hữu trí tuệ,IP\n")));
        Assert.Equal((1, 1), (outcome.Inserted, outcome.Updated));
        await using var context = db.Open();
        Assert.Equal(8, await context.Fields.CountAsync());
    }
}

namespace KpiDashboard.UnitTests.Ingest;

public sealed class RowErrorsTests
{
    private const string Header = "period,province,commune,field,received_online,received_offline\n";

    [Fact]
    public void Every_error_of_every_row_is_listed_with_row_and_column()
    {
        var result = TestUnits.Read(Header +
            "2025-13,Phú Thọ,,SHTT,1,2\n" +
            "2025-07,Atlantis,,SHTT,1,2\n" +
            "2025-07,Phú Thọ,,Thiên văn,-1,2.5\n");
        Assert.Equal(
        [
            (2, "period", "bad_period"),
            (3, "province", "unknown_province"),
            (4, "field", "unknown_field"),
            (4, "received_online", "negative_count"),
            (4, "received_offline", "fractional_count"),
        ], result.Errors.Select(e => (e.Row, e.Column, e.Code)).ToList());
        Assert.All(result.Errors, e => Assert.NotEmpty(e.Message));
    }

    [Fact]
    public void A_commune_of_another_province_is_rejected()
    {
        var result = TestUnits.Read(Header + "2025-07,Phú Thọ,Ba Đình,SHTT,1,2\n");
        Assert.Equal("commune_outside_province", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void The_same_key_twice_is_rejected_naming_the_first_row()
    {
        var result = TestUnits.Read(Header + "2025-07,25,Thanh Miếu,SHTT,1,2\n07/2025,Tỉnh Phú Thọ,07888,Sở hữu trí tuệ,3,4\n");
        var error = Assert.Single(result.Errors);
        Assert.Equal(("duplicate_key", 3), (error.Code, error.Row));
        Assert.Contains("2", error.Message);
    }

    [Fact]
    public void Broken_identities_are_errors()
    {
        var result = TestUnits.Read("period,province,field,received_online,received_offline,received\n2025-07,25,SHTT,1,2,4\n");
        Assert.Equal("identity_broken", Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_header_without_rows_is_an_error() =>
        Assert.Equal("empty_file", Assert.Single(TestUnits.Read(Header).Errors).Code);
}

namespace KpiDashboard.UnitTests.Ingest;

public sealed class VietnameseHeadersTests
{
    [Fact]
    public void The_form_headers_in_vietnamese_are_understood()
    {
        var result = TestUnits.Read(
            "Kỳ báo cáo,Tỉnh,Xã/Phường,Lĩnh vực,Trực tuyến,Trực tiếp/bưu chính,Kỳ trước chuyển qua,Trước hạn,Đúng hạn,Quá hạn,Trong hạn,Quá hạn\n" +
            "tháng 7/2025,Phú Thọ,,Sở hữu trí tuệ,20,14,5,20,7,0,10,2\n");
        Assert.Empty(result.Errors);
        var row = Assert.Single(result.Rows);
        Assert.Equal(10, row.Values.PendingWithin);
        Assert.Equal(2, row.Values.PendingOverdue);
        Assert.Equal(0, row.Values.ResolvedLate);
    }

    [Fact]
    public void An_unknown_header_is_an_error_naming_it()
    {
        var result = TestUnits.Read("period,province,field,recieved_online\n2025-07,25,SHTT,1\n");
        var error = Assert.Single(result.Errors, e => e.Code == "unknown_header");
        Assert.Equal(("recieved_online", 1), (error.Column, error.Row));
    }

    [Fact]
    public void A_missing_required_header_is_an_error()
    {
        var result = TestUnits.Read("period,field,received_online\n2025-07,SHTT,1\n");
        Assert.Contains(result.Errors, e => e.Code == "missing_header" && e.Column == "province");
    }
}

namespace KpiDashboard.UnitTests.Narrative;

public sealed class NotDossierFiguresTests
{
    [Fact]
    public void Pending_within_the_deadline_returned_synchronised_paid_online_by_service_level_or_a_change_are_not_figures()
    {
        var figures = Extract.Figures("""
            Tháng 9/2025, tỉnh Phú Thọ đã tiếp nhận 3.001 hồ sơ; đang giải quyết 214 hồ sơ trong thời hạn; có 5.950 hồ sơ chưa đến hạn.
            Tỉnh Phú Thọ có 90 hồ sơ bị trả lại, 32 triệu hồ sơ đồng bộ trạng thái, 50 hồ sơ thanh toán trực tuyến, 61 hồ sơ nộp mức độ 3.
            Số lượng hồ sơ tiếp nhận giảm 142 hồ sơ.
            """);

        Assert.Equal(["received"], figures.Keys);
    }

    [Fact]
    public void In_person_and_by_post_are_not_online()
    {
        var figures = Extract.Figures("Tháng 7/2025, tỉnh Thanh Hóa đã tiếp nhận 1.095 hồ sơ (1.050 hồ sơ trực tuyến và 45 hồ sơ trực tiếp), tiếp nhận qua dịch vụ bưu chính 132 hồ sơ.");

        Assert.Equal(1050, figures["received_online"]);
        Assert.Equal(2, figures.Count);
    }

    [Fact]
    public void One_number_for_late_resolved_and_overdue_pending_dossiers_together_is_neither()
    {
        var figures = Extract.Figures(
            "Tháng 9/2021, tỉnh Phú Thọ đã tiếp nhận mới 4.131 hồ sơ. Hồ sơ đã trả kết quả nhưng chậm hạn và hồ sơ quá hạn giải quyết nhưng chưa có kết quả là 12 hồ sơ.");

        Assert.Equal(["received"], figures.Keys);
    }

    [Theory]
    [InlineData("Năm 2023, tỉnh Vĩnh Long tiếp nhận 150 hồ sơ khiếu nại, tố cáo.")]
    [InlineData("Năm 2023, Cục Sở hữu trí tuệ tiếp nhận 12.000 hồ sơ đăng ký nhãn hiệu và 4.000 đơn sáng chế.")]
    [InlineData("Năm 2023, tỉnh Vĩnh Long tiếp nhận 900 hồ sơ kiến nghị, phản ánh của người dân.")]
    public void Complaints_petitions_and_applications_for_industrial_property_are_no_dossier_figures(string text)
    {
        Assert.Empty(Extract.From(text));
    }

    [Fact]
    public void Staff_days_money_and_complaints_beside_the_dossiers_stay_out()
    {
        var f = Extract.Figures("""
            Tháng 10/2020, tỉnh Vĩnh Long bố trí 25 cán bộ tiếp nhận 8.000 hồ sơ và 120 đơn khiếu nại, tố cáo; rút ngắn 3 ngày cho 1.200 hồ sơ đất đai; thu phí, lệ phí 1,4 tỷ đồng.
            """);

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 8000 }, f);
    }

    [Fact]
    public void Dossiers_through_the_public_service_portal_are_online_but_records_synchronised_to_it_are_not_figures()
    {
        var f = Extract.Figures("""
            Tháng 7/2025, tỉnh Phú Thọ tiếp nhận 6.200 hồ sơ, trong đó 4.000 hồ sơ qua Cổng Dịch vụ công quốc gia.
            Tỉnh Phú Thọ có 9.000 hồ sơ đồng bộ lên Cổng Dịch vụ công quốc gia.
            """);

        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 6200, ["received_online"] = 4000 }, f);
    }

    [Theory]
    [InlineData("Năm 2025, tỉnh Phú Thọ tiếp nhận 12.000 hồ sơ, trung bình 48 hồ sơ/ngày.")]
    [InlineData("Năm 2025, tỉnh Phú Thọ tiếp nhận 12.000 hồ sơ, mỗi công chức xử lý 300 hồ sơ.")]
    public void Rates_per_day_or_per_person_are_no_figures(string text)
    {
        Assert.Equal(new Dictionary<string, decimal> { ["received"] = 12_000 }, Extract.Figures(text));
    }

    [Theory]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ tiếp nhận 500 hồ sơ xin việc làm tại Trung tâm Dịch vụ việc làm.")]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ tiếp nhận 300 hồ sơ vay vốn tại Ngân hàng Chính sách xã hội.")]
    public void Applications_for_jobs_and_loans_are_no_procedures(string text)
    {
        Assert.Empty(Extract.From(text));
    }

    [Theory]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ đã xử lý 300 hồ sơ vi phạm hành chính.")]
    [InlineData("Tháng 5/2024, tỉnh Phú Thọ tiếp nhận 4.000 hồ sơ tuyển sinh lớp 10.")]
    public void Sanctions_and_school_admissions_are_no_procedures(string text)
    {
        Assert.Empty(Extract.From(text));
    }

    [Theory]
    [InlineData("Tháng 10/2025, tỉnh Gia Lai tiếp nhận 25.000 hồ sơ. Sở Tài nguyên và Môi trường tiếp nhận 8.000 hồ sơ, giải quyết trễ hạn 200 hồ sơ.")]
    [InlineData("Tháng 10/2025, tỉnh Gia Lai tiếp nhận 25.000 hồ sơ. Chi nhánh Văn phòng đăng ký đất đai tiếp nhận 6.000 hồ sơ, trả kết quả 5.500 hồ sơ.")]
    [InlineData("Tháng 10/2025, tỉnh Gia Lai tiếp nhận 25.000 hồ sơ. Trung tâm đã hướng dẫn 4.000 lượt người dân nộp hồ sơ trực tuyến và số hóa 20.000 hồ sơ.")]
    public void Counts_of_a_department_or_branch_and_dossiers_digitised_are_not_the_units(string text)
    {
        var figures = Extract.Figures(text);

        Assert.Equal(25_000, Assert.Single(figures).Value);
    }

    [Fact]
    public void A_department_that_reports_the_units_figures_does_not_own_them()
    {
        var figures = Extract.Figures("Tháng 10/2025, Sở Nội vụ cho biết tỉnh Gia Lai tiếp nhận 25.000 hồ sơ, giải quyết trễ hạn 200 hồ sơ.");

        Assert.Equal(25_000, figures["received"]);
        Assert.Equal(200, figures["resolved_late"]);
    }
}

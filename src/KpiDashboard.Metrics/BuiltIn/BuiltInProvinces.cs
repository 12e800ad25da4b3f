using KpiDashboard.Metrics.Entities;

namespace KpiDashboard.Metrics.BuiltIn;

/// <summary>The 34 provinces and centrally governed cities since 1 July 2025, with their official codes.</summary>
public static class BuiltInProvinces
{
    public static IReadOnlyList<Province> All { get; } =
    [
        new() { Code = "01", Name = "Hà Nội", NameEn = "Hanoi", Kind = "Thành phố" },
        new() { Code = "04", Name = "Cao Bằng", NameEn = "Cao Bang", Kind = "Tỉnh" },
        new() { Code = "08", Name = "Tuyên Quang", NameEn = "Tuyen Quang", Kind = "Tỉnh" },
        new() { Code = "11", Name = "Điện Biên", NameEn = "Dien Bien", Kind = "Tỉnh" },
        new() { Code = "12", Name = "Lai Châu", NameEn = "Lai Chau", Kind = "Tỉnh" },
        new() { Code = "14", Name = "Sơn La", NameEn = "Son La", Kind = "Tỉnh" },
        new() { Code = "15", Name = "Lào Cai", NameEn = "Lao Cai", Kind = "Tỉnh" },
        new() { Code = "19", Name = "Thái Nguyên", NameEn = "Thai Nguyen", Kind = "Tỉnh" },
        new() { Code = "20", Name = "Lạng Sơn", NameEn = "Lang Son", Kind = "Tỉnh" },
        new() { Code = "22", Name = "Quảng Ninh", NameEn = "Quang Ninh", Kind = "Tỉnh" },
        new() { Code = "24", Name = "Bắc Ninh", NameEn = "Bac Ninh", Kind = "Tỉnh" },
        new() { Code = "25", Name = "Phú Thọ", NameEn = "Phu Tho", Kind = "Tỉnh" },
        new() { Code = "31", Name = "Hải Phòng", NameEn = "Haiphong", Kind = "Thành phố" },
        new() { Code = "33", Name = "Hưng Yên", NameEn = "Hung Yen", Kind = "Tỉnh" },
        new() { Code = "37", Name = "Ninh Bình", NameEn = "Ninh Binh", Kind = "Tỉnh" },
        new() { Code = "38", Name = "Thanh Hóa", NameEn = "Thanh Hoa", Kind = "Tỉnh" },
        new() { Code = "40", Name = "Nghệ An", NameEn = "Nghe An", Kind = "Tỉnh" },
        new() { Code = "42", Name = "Hà Tĩnh", NameEn = "Ha Tinh", Kind = "Tỉnh" },
        new() { Code = "44", Name = "Quảng Trị", NameEn = "Quang Tri", Kind = "Tỉnh" },
        new() { Code = "46", Name = "Huế", NameEn = "Hue", Kind = "Thành phố" },
        new() { Code = "48", Name = "Đà Nẵng", NameEn = "Da Nang", Kind = "Thành phố" },
        new() { Code = "51", Name = "Quảng Ngãi", NameEn = "Quang Ngai", Kind = "Tỉnh" },
        new() { Code = "52", Name = "Gia Lai", NameEn = "Gia Lai", Kind = "Tỉnh" },
        new() { Code = "56", Name = "Khánh Hòa", NameEn = "Khanh Hoa", Kind = "Tỉnh" },
        new() { Code = "66", Name = "Đắk Lắk", NameEn = "Dak Lak", Kind = "Tỉnh" },
        new() { Code = "68", Name = "Lâm Đồng", NameEn = "Lam Dong", Kind = "Tỉnh" },
        new() { Code = "75", Name = "Đồng Nai", NameEn = "Dong Nai", Kind = "Thành phố" },
        new() { Code = "79", Name = "Hồ Chí Minh", NameEn = "Ho Chi Minh", Kind = "Thành phố" },
        new() { Code = "80", Name = "Tây Ninh", NameEn = "Tay Ninh", Kind = "Tỉnh" },
        new() { Code = "82", Name = "Đồng Tháp", NameEn = "Dong Thap", Kind = "Tỉnh" },
        new() { Code = "86", Name = "Vĩnh Long", NameEn = "Vinh Long", Kind = "Tỉnh" },
        new() { Code = "91", Name = "An Giang", NameEn = "An Giang", Kind = "Tỉnh" },
        new() { Code = "92", Name = "Cần Thơ", NameEn = "Can Tho", Kind = "Thành phố" },
        new() { Code = "96", Name = "Cà Mau", NameEn = "Ca Mau", Kind = "Tỉnh" },
    ];
}

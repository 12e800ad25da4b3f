using System.Text;
using KpiDashboard.Metrics.Names;

namespace KpiDashboard.UnitTests.Names;

public sealed class UnicodeNormalisationTests
{
    [Theory]
    [InlineData("Phú Thọ")]
    [InlineData("Đắk Lắk")]
    [InlineData("Hồ Chí Minh")]
    public void Nfc_and_nfd_share_a_key(string name)
    {
        var nfc = name.Normalize(NormalizationForm.FormC);
        var nfd = name.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);
        Assert.Equal(VietnameseText.ToneKey(nfc), VietnameseText.ToneKey(nfd));
    }
}

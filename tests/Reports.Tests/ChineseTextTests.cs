using Grants.Domain;

namespace Grants.Reports.Tests;

/// <summary>Amounts in capitals as a payment order writes them, and dates the GB/T 9704 way.</summary>
public sealed class ChineseTextTests
{
    [Theory]
    [InlineData("50000.00", "伍万元整")]
    [InlineData("20000.50", "贰万元零伍角")]
    [InlineData("1234567.89", "壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分")]
    [InlineData("100000000.00", "壹亿元整")]
    [InlineData("100000001.00", "壹亿零壹元整")]
    [InlineData("110000000.00", "壹亿壹仟万元整")]
    [InlineData("1005.00", "壹仟零伍元整")]
    [InlineData("10005.00", "壹万零伍元整")]
    [InlineData("100000.00", "壹拾万元整")]
    [InlineData("1409.50", "壹仟肆佰零玖元伍角")]
    [InlineData("1680.32", "壹仟陆佰捌拾元零叁角贰分")]
    [InlineData("12.05", "壹拾贰元零伍分")]
    [InlineData("0.05", "伍分")]
    [InlineData("0.50", "伍角")]
    [InlineData("0.00", "零元整")]
    public void Amounts_in_capitals(string yuan, string expected) =>
        Assert.Equal(expected, ChineseText.Uppercase(Money.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture))));

    [Fact]
    public void A_negative_amount_has_no_capitals_and_dates_have_no_leading_zeros()
    {
        Assert.Throws<ReportModelException>(() => ChineseText.Uppercase(Money.FromYuan(-1m)));
        Assert.Equal("2026年10月8日", ChineseText.Date(new DateOnly(2026, 10, 8)));
        Assert.Equal("50,000.00元", ChineseText.Yuan(Money.FromYuan(50_000m)));
    }
}

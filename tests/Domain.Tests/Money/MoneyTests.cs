using System.Globalization;

// The namespace is not "Money": a namespace of that name would hide the Money type from every test in the assembly.
namespace Grants.Domain.Tests.Amounts;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1234.56", 123456)]
    [InlineData("0.1", 10)]
    [InlineData("0.01", 1)]
    [InlineData("-7.5", -750)]
    [InlineData("1.230", 123)]
    [InlineData("0", 0)]
    public void An_amount_in_yuan_with_at_most_two_decimals_is_held_exactly(string yuan, long fen) =>
        Assert.Equal(fen, Money.FromYuan(Yuan(yuan)).Fen);

    [Theory]
    [InlineData("1.234")]
    [InlineData("-0.001")]
    [InlineData("0.005")]
    public void An_amount_with_three_decimals_is_refused_not_rounded(string yuan)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Money.FromYuan(Yuan(yuan)));

        Assert.Equal("Rule.MoneyMoreThanTwoDecimals", refused.Code);
        Assert.Equal([yuan], refused.Arguments);
    }

    [Fact]
    public void An_amount_beyond_what_fen_can_hold_is_refused_as_too_large()
    {
        Assert.Equal(long.MaxValue, Money.FromYuan(92_233_720_368_547_758.07m).Fen);
        Assert.Equal(long.MinValue, Money.FromYuan(-92_233_720_368_547_758.08m).Fen);

        Assert.Equal("Rule.MoneyTooLarge", Assert.Throws<DomainRuleException>(() => Money.FromYuan(92_233_720_368_547_758.08m)).Code);
        Assert.Equal("Rule.MoneyTooLarge", Assert.Throws<DomainRuleException>(() => Money.FromYuan(decimal.MaxValue)).Code);
        Assert.Equal("Rule.MoneyTooLarge", Assert.Throws<DomainRuleException>(() => Money.FromYuan(decimal.MinValue)).Code);
    }

    [Theory]
    [InlineData("0.005", 1)]
    [InlineData("-0.005", -1)]
    [InlineData("0.004", 0)]
    [InlineData("-0.004", 0)]
    [InlineData("2.675", 268)]
    [InlineData("1.2349", 123)]
    [InlineData("100", 10000)]
    public void Rounding_a_computed_amount_takes_halves_away_from_zero(string yuan, long fen) =>
        Assert.Equal(fen, Money.Round(Yuan(yuan)).Fen);

    [Fact]
    public void Arithmetic_that_overflows_throws_instead_of_wrapping()
    {
        var most = Money.FromFen(long.MaxValue);
        var least = Money.FromFen(long.MinValue);

        Assert.Throws<OverflowException>(() => most + Money.FromFen(1));
        Assert.Throws<OverflowException>(() => least - Money.FromFen(1));
        Assert.Throws<OverflowException>(() => -least);
        Assert.Throws<OverflowException>(() => least.Negate());
    }

    [Fact]
    public void Arithmetic_and_comparison_work_on_whole_fen()
    {
        var a = Money.FromYuan(10.05m);
        var b = Money.FromYuan(0.10m);

        Assert.Equal(1015, (a + b).Fen);
        Assert.Equal(995, a.Subtract(b).Fen);
        Assert.Equal(-1005, (-a).Fen);
        Assert.True(b < a);
        Assert.True(a.CompareTo(b) > 0);
        Assert.True(Money.Zero.IsZero && a.IsPositive && (-a).IsNegative);
        Assert.Equal(10.05m, a.Yuan);
    }

    [Theory]
    [InlineData("12,345.60", 1234560)]
    [InlineData("¥1,000", 100000)]
    [InlineData("￥1，000.5", 100050)]
    [InlineData(" 12345.6 ", 1234560)]
    [InlineData("-5.25", -525)]
    [InlineData("0", 0)]
    public void Typed_amounts_with_separators_and_the_yuan_sign_are_understood(string text, long fen) =>
        Assert.Equal(Money.FromFen(fen), Money.TryParse(text));

    [Theory]
    [InlineData("abc")]
    [InlineData("1.234")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("1e5")]
    [InlineData("92233720368547758.08")]
    [InlineData("79228162514264337593543950335")]
    public void Text_that_is_not_an_exact_amount_parses_to_nothing(string? text) => Assert.Null(Money.TryParse(text));

    [Theory]
    [InlineData(123456789, "¥1,234,567.89")]
    [InlineData(0, "¥0.00")]
    [InlineData(5, "¥0.05")]
    [InlineData(100000, "¥1,000.00")]
    [InlineData(-123450, "-¥1,234.50")]
    [InlineData(-1, "-¥0.01")]
    public void Amounts_print_with_the_yuan_sign_thousands_separators_and_two_decimals(long fen, string printed) =>
        Assert.Equal(printed, Money.FromFen(fen).ToString());

    [Theory]
    [InlineData(123456789, "123.4568")]
    [InlineData(5000, "0.0050")]
    [InlineData(100000000000, "100,000.0000")]
    [InlineData(-1234500, "-1.2345")]
    [InlineData(0, "0.0000")]
    public void Summaries_in_wan_yuan_have_four_decimals(long fen, string printed) =>
        Assert.Equal(printed, Money.FromFen(fen).ToWanYuan());

    [Theory]
    [InlineData(100000, "60", 60000)]
    [InlineData(1, "50", 1)]
    [InlineData(-1, "50", -1)]
    [InlineData(33333, "33.33", 11110)]
    [InlineData(12345, "0", 0)]
    [InlineData(12345, "100", 12345)]
    public void A_percentage_is_rounded_to_the_fen_half_away_from_zero(long fen, string percent, long expected) =>
        Assert.Equal(expected, Money.FromFen(fen).Percent(Yuan(percent)).Fen);

    // Attributes cannot hold decimals, so the cases carry them as invariant text.
    private static decimal Yuan(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);
}

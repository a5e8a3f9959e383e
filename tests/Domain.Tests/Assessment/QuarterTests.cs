using Grants.Domain.Assessment;

namespace Grants.Domain.Tests.Assessment;

public sealed class QuarterTests
{
    [Theory]
    [InlineData("2026Q3", 2026, 3)]
    [InlineData(" 2026q1 ", 2026, 1)]
    [InlineData("2999Q4", 2999, 4)]
    public void A_quarter_is_read_from_its_code(string text, int year, int number)
    {
        var quarter = Quarter.Parse(text);

        Assert.Equal((year, number), (quarter.Year, quarter.Number));
        Assert.Equal($"{year}Q{number}", quarter.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("2026Q5")]
    [InlineData("2026Q0")]
    [InlineData("2026-3")]
    [InlineData("26Q3")]
    [InlineData("1999Q4")]
    [InlineData("２０２６Q3")]
    public void Anything_else_is_refused_naming_the_text(string? text)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Quarter.Parse(text));

        Assert.Equal("Rule.Assessment.QuarterInvalid", refused.Code);
        Assert.Equal(new object[] { text ?? "" }, refused.Arguments);
        Assert.Null(Quarter.TryParse(text));
    }

    [Fact]
    public void A_quarter_has_a_chinese_name_and_its_first_and_last_days()
    {
        Assert.Equal("2026年第三季度", Quarter.Parse("2026Q3").ChineseName);
        Assert.Equal(("2026年第一季度", "2026年第二季度", "2026年第四季度"), (new Quarter(2026, 1).ChineseName, new Quarter(2026, 2).ChineseName, new Quarter(2026, 4).ChineseName));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (new Quarter(2026, 1).Start, new Quarter(2026, 1).End));
        Assert.Equal((new DateOnly(2026, 4, 1), new DateOnly(2026, 6, 30)), (new Quarter(2026, 2).Start, new Quarter(2026, 2).End));
        Assert.Equal((new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30)), (new Quarter(2026, 3).Start, new Quarter(2026, 3).End));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), (new Quarter(2026, 4).Start, new Quarter(2026, 4).End));
    }

    [Fact]
    public void Next_and_previous_cross_the_year()
    {
        Assert.Equal(new Quarter(2027, 1), new Quarter(2026, 4).Next);
        Assert.Equal(new Quarter(2025, 4), new Quarter(2026, 1).Previous);
        Assert.Equal(new Quarter(2026, 3), new Quarter(2026, 2).Next);
        Assert.Equal(new Quarter(2026, 2), new Quarter(2026, 3).Previous);
    }

    [Fact]
    public void Quarters_compare_in_time_order()
    {
        List<string> codes = ["2027Q1", "2026Q4", "2025Q4", "2026Q1"];

        var quarters = codes.Select(Quarter.Parse).Order().Select(q => q.ToString());

        Assert.Equal(["2025Q4", "2026Q1", "2026Q4", "2027Q1"], quarters);
        Assert.True(Quarter.Parse("2026Q3") > Quarter.Parse("2026Q2"));
        Assert.True(Quarter.Parse("2026Q3") >= Quarter.Parse("2026Q3"));
        Assert.True(Quarter.Parse("2025Q4") < Quarter.Parse("2026Q1"));
        Assert.Equal(Quarter.Parse("2026Q3"), new Quarter(2026, 3));
    }

    [Fact]
    public void A_date_belongs_to_its_quarter()
    {
        Assert.Equal(new Quarter(2026, 3), Quarter.Containing(new DateOnly(2026, 9, 30)));
        Assert.Equal(new Quarter(2026, 4), Quarter.Containing(new DateOnly(2026, 10, 1)));
        Assert.True(new Quarter(2026, 3).Contains(new DateOnly(2026, 7, 1)));
        Assert.False(new Quarter(2026, 3).Contains(new DateOnly(2026, 10, 1)));
    }

    [Fact]
    public void A_quarter_outside_one_to_four_is_refused()
    {
        Assert.Equal("Rule.Assessment.QuarterInvalid", Assert.Throws<DomainRuleException>(() => new Quarter(2026, 5)).Code);
        Assert.Equal("Rule.Assessment.QuarterInvalid", Assert.Throws<DomainRuleException>(() => new Quarter(2026, 0)).Code);
    }
}

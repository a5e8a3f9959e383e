using Grants.Domain.Organisation;

namespace Grants.Domain.Tests.Organisation;

public sealed class TownshipTests
{
    [Theory]
    [InlineData("T01")]
    [InlineData("420100000001")]
    public void A_code_of_1_to_12_ascii_letters_or_digits_is_accepted(string code) =>
        Assert.Equal(code, new Township(code, "城关镇").Code);

    [Fact]
    public void Code_and_name_are_stored_without_surrounding_spaces()
    {
        var township = new Township(" T01 ", "  城关镇 ");

        Assert.Equal("T01", township.Code);
        Assert.Equal("城关镇", township.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("T-01")]
    [InlineData("T 01")]
    [InlineData("城关")]
    [InlineData("T0123456789AB")]
    public void A_code_that_is_empty_too_long_or_not_ascii_letters_and_digits_is_refused(string code)
    {
        var refused = Assert.Throws<DomainRuleException>(() => new Township(code, "城关镇"));

        Assert.Equal("Rule.CodeInvalid", refused.Code);
        Assert.Equal(["Township.Code"], refused.Arguments);
    }

    [Fact]
    public void A_blank_name_is_refused_naming_the_field()
    {
        var refused = Assert.Throws<DomainRuleException>(() => new Township("T01", "  "));

        Assert.Equal("Rule.NameRequired", refused.Code);
        Assert.Equal(["Township.Name"], refused.Arguments);
    }

    [Fact]
    public void A_name_of_60_characters_is_accepted_and_61_is_refused_with_the_limit()
    {
        var township = new Township("T01", new string('镇', 60));

        var refused = Assert.Throws<DomainRuleException>(() => township.Rename(new string('镇', 61)));

        Assert.Equal("Rule.NameTooLong", refused.Code);
        Assert.Equal(["Township.Name", 60], refused.Arguments);
        Assert.Equal(new string('镇', 60), township.Name);
    }

    [Fact]
    public void Renaming_to_a_blank_name_keeps_the_old_name()
    {
        var township = new Township("T01", "城关镇");

        Assert.Throws<DomainRuleException>(() => township.Rename(""));

        Assert.Equal("城关镇", township.Name);
    }
}

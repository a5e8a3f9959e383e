using Grants.Domain.Users;

namespace Grants.Domain.Tests.Users;

public sealed class RoleTests
{
    [Fact]
    public void There_are_six_roles_and_each_is_known()
    {
        Assert.Equal(6, Role.All.Count);
        Assert.All(Role.All, role => Assert.True(Role.IsKnown(role)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("administrator")]
    [InlineData("Public")]
    public void Unknown_or_differently_cased_role_names_are_not_known(string? role) => Assert.False(Role.IsKnown(role));

    [Fact]
    public void A_township_accountant_without_a_township_is_refused()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Role.CheckTownship(Role.TownshipAccountant, null));

        Assert.Equal("Rule.AccountantNeedsTownship", refused.Code);
    }

    [Theory]
    [InlineData(Role.Administrator)]
    [InlineData(Role.FinanceClerk)]
    [InlineData(Role.FinanceApprover)]
    [InlineData(Role.Assessor)]
    [InlineData(Role.Auditor)]
    public void A_county_wide_role_bound_to_a_township_is_refused(string role)
    {
        var refused = Assert.Throws<DomainRuleException>(() => Role.CheckTownship(role, 1));

        Assert.Equal("Rule.OnlyAccountantHasTownship", refused.Code);
    }

    [Fact]
    public void An_unknown_role_is_refused_by_name()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Role.CheckTownship("Mayor", null));

        Assert.Equal("Rule.RoleUnknown", refused.Code);
        Assert.Equal(["Mayor"], refused.Arguments);
    }

    [Theory]
    [InlineData(Role.TownshipAccountant, 2)]
    [InlineData(Role.Auditor, null)]
    [InlineData(Role.Administrator, null)]
    public void An_accountant_with_one_township_and_a_county_wide_role_without_one_are_accepted(string role, int? townshipId) =>
        Assert.Null(Record.Exception(() => Role.CheckTownship(role, townshipId)));
}

using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Projects;

public sealed class CoFinancingTests
{
    private static Budget Of(decimal integrated, decimal donations = 0, decimal selfFunding = 0, decimal labour = 0, decimal materials = 0) =>
        new(Money.FromYuan(integrated), Money.FromYuan(donations), Money.FromYuan(selfFunding), Money.FromYuan(labour), Money.FromYuan(materials));

    [Fact]
    public void The_defaults_are_integrated_at_most_sixty_and_residents_at_least_twenty_percent() =>
        Assert.Equal((60m, 20m), (CoFinancingRules.Default.MaxIntegratedPercent, CoFinancingRules.Default.MinResidentsPercent));

    [Fact]
    public void A_budget_exactly_at_both_limits_keeps_the_rules() =>
        Assert.Empty(CoFinancingRules.Default.Breaches(Of(integrated: 60_000, donations: 20_000, selfFunding: 10_000, labour: 10_000)));

    [Fact]
    public void Integrated_funds_one_fen_above_sixty_percent_are_a_breach()
    {
        var breach = Assert.Single(CoFinancingRules.Default.Breaches(Of(integrated: 600.01m, donations: 199.99m, selfFunding: 200)));

        Assert.Equal(("Rule.IntegratedShareTooHigh", 60.0m, 60m), (breach.Code, breach.ActualPercent, breach.LimitPercent));
    }

    [Fact]
    public void Residents_one_fen_below_twenty_percent_are_a_breach()
    {
        var breach = Assert.Single(CoFinancingRules.Default.Breaches(Of(integrated: 600, donations: 200.01m, selfFunding: 100, labour: 99.99m)));

        Assert.Equal(("Rule.ResidentsShareTooLow", 20.0m, 20m), (breach.Code, breach.ActualPercent, breach.LimitPercent));
    }

    [Fact]
    public void Materials_and_labour_in_kind_count_towards_the_residents_share() =>
        Assert.Empty(CoFinancingRules.Default.Breaches(Of(integrated: 600, donations: 200, labour: 120, materials: 80)));

    [Fact]
    public void Donations_do_not_count_towards_the_residents_share()
    {
        var breaches = CoFinancingRules.Default.Breaches(Of(integrated: 500, donations: 500));

        Assert.Equal(["Rule.ResidentsShareTooLow"], breaches.Select(b => b.Code));
        Assert.Equal(0m, breaches[0].ActualPercent);
    }

    [Fact]
    public void A_budget_of_only_integrated_funds_breaks_both_rules() =>
        Assert.Equal(["Rule.IntegratedShareTooHigh", "Rule.ResidentsShareTooLow"], CoFinancingRules.Default.Breaches(Of(integrated: 1_000)).Select(b => b.Code));

    [Fact]
    public void An_empty_budget_is_itself_the_breach() =>
        Assert.Equal(["Rule.BudgetEmpty"], CoFinancingRules.Default.Breaches(Of(0)).Select(b => b.Code));

    [Fact]
    public void The_county_can_configure_other_limits()
    {
        var stricter = new CoFinancingRules(maxIntegratedPercent: 50, minResidentsPercent: 30);

        Assert.Equal(["Rule.IntegratedShareTooHigh", "Rule.ResidentsShareTooLow"], stricter.Breaches(Of(integrated: 600, donations: 200, selfFunding: 200)).Select(b => b.Code));
        Assert.Empty(new CoFinancingRules(100, 0).Breaches(Of(integrated: 1_000)));
    }

    [Theory]
    [InlineData(-1, 20)]
    [InlineData(101, 20)]
    [InlineData(60, -0.5)]
    [InlineData(60, 100.1)]
    public void Limits_outside_zero_to_a_hundred_percent_are_refused(decimal maxIntegrated, decimal minResidents) =>
        Assert.Equal("Rule.CoFinancingPercentInvalid", Assert.Throws<DomainRuleException>(() => new CoFinancingRules(maxIntegrated, minResidents)).Code);

    [Fact]
    public void A_draft_project_shows_its_breaches_as_warnings_and_stays_editable()
    {
        var project = new ProjectBuilder().WithAllocation(90_000).WithSelfFunding(10_000).Build();

        var warnings = project.CoFinancingWarnings(CoFinancingRules.Default);

        Assert.Equal(["Rule.IntegratedShareTooHigh", "Rule.ResidentsShareTooLow"], warnings.Select(w => w.Code));
        Assert.Equal(90.0m, warnings[0].ActualPercent);
        project.PledgeSelfFunding(Money.FromYuan(60_000));
        Assert.Empty(project.CoFinancingWarnings(CoFinancingRules.Default));
    }

    [Fact]
    public void Approving_a_budget_that_breaks_a_rule_is_refused_with_the_breach()
    {
        var project = new ProjectBuilder().WithAllocation(70_000).WithSelfFunding(30_000).In(ProjectStatus.PublicNotice).Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.Approve(ProjectBuilder.ApprovedOn, "审批人", CoFinancingRules.Default));

        Assert.Equal("Rule.IntegratedShareTooHigh", refused.Code);
        Assert.Equal(new object[] { 70.0m, 60m }, refused.Arguments);
        Assert.Equal(ProjectStatus.PublicNotice, project.Status);
        Assert.Null(project.ApprovedOn);
    }

    [Fact]
    public void Approving_a_project_with_no_budget_is_refused() =>
        Assert.Equal("Rule.BudgetEmpty", Assert.Throws<DomainRuleException>(() =>
            new ProjectBuilder().In(ProjectStatus.PublicNotice).Build().Approve(ProjectBuilder.ApprovedOn, "审批人", CoFinancingRules.Default)).Code);

    [Fact]
    public void The_same_budget_passes_under_rules_the_county_relaxed()
    {
        var project = new ProjectBuilder().WithAllocation(70_000).WithSelfFunding(30_000).In(ProjectStatus.PublicNotice).Build();

        project.Approve(ProjectBuilder.ApprovedOn, "审批人", new CoFinancingRules(maxIntegratedPercent: 70));

        Assert.Equal(ProjectStatus.Approved, project.Status);
    }
}

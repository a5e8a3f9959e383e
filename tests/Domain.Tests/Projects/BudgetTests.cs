using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Projects;

public sealed class BudgetTests
{
    [Fact]
    public void The_budget_adds_every_source_and_keeps_in_kind_apart_from_cash()
    {
        var project = new ProjectBuilder().WithAllocation(60_000).WithDonation(5_000).WithSelfFunding(8_000)
            .WithLabour(40, 150).WithMaterials(20, 95.5m).Build();

        var budget = project.Budget;

        Assert.Equal(Money.FromYuan(60_000), budget.IntegratedFunds);
        Assert.Equal(Money.FromYuan(5_000), budget.Donations);
        Assert.Equal(Money.FromYuan(8_000), budget.SelfFundingCash);
        Assert.Equal(Money.FromYuan(6_000), budget.Labour);
        Assert.Equal(Money.FromYuan(1_910), budget.Materials);
        Assert.Equal(Money.FromYuan(73_000), budget.CashTotal);
        Assert.Equal(Money.FromYuan(7_910), budget.InKindTotal);
        Assert.Equal(Money.FromYuan(80_910), budget.Total);
        Assert.Equal(budget.CashTotal, budget.Payable);
        Assert.Equal(Money.FromYuan(15_910), budget.ResidentsShare);
    }

    [Fact]
    public void A_new_project_has_an_empty_budget()
    {
        var budget = new ProjectBuilder().Build().Budget;

        Assert.Equal(Money.Zero, budget.Total);
        Assert.Equal(Money.Zero, budget.Payable);
    }

    [Theory]
    [InlineData(2.5, 133.33, 333.33)]   // 333.325 rounds half away from zero
    [InlineData(0.333, 100, 33.30)]
    [InlineData(1, 0.01, 0.01)]
    [InlineData(0.001, 4.99, 0.00)]     // a thousandth of a day at ¥4.99 is less than half a fen
    public void In_kind_labour_is_person_days_times_the_daily_rate_rounded_to_the_fen(decimal personDays, decimal rate, decimal expected)
    {
        var labour = new ProjectBuilder().Build().RecordLabour("投工", personDays, Money.FromYuan(rate));

        Assert.Equal(Money.FromYuan(expected), labour.Value);
        Assert.Equal(("工日", InKindKind.Labour), (labour.Unit, labour.Kind));
    }

    [Fact]
    public void Materials_are_quantity_times_unit_value_in_their_own_unit()
    {
        var materials = new ProjectBuilder().Build().RecordMaterials("水泥", 12.125m, "吨", Money.FromYuan(480.8m));

        Assert.Equal(Money.FromYuan(5829.70m), materials.Value); // 5,829.7
        Assert.Equal(("吨", InKindKind.Materials), (materials.Unit, materials.Kind));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(1.0005)]
    public void An_in_kind_quantity_of_nothing_less_or_beyond_three_decimals_is_refused(decimal quantity)
    {
        var project = new ProjectBuilder().Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.RecordLabour("投工", quantity, Money.FromYuan(150)));

        Assert.Equal("Rule.InKindQuantityInvalid", refused.Code);
        Assert.Empty(project.InKind);
        Assert.Equal(0, project.Version);
    }

    [Fact]
    public void An_in_kind_unit_value_of_nothing_is_refused() =>
        Assert.Equal("Rule.AmountMustBePositive", Assert.Throws<DomainRuleException>(() =>
            new ProjectBuilder().Build().RecordMaterials("砂石", 3, "立方米", Money.Zero)).Code);

    [Fact]
    public void A_donation_is_recorded_with_its_donor_date_and_receipt_number()
    {
        var project = new ProjectBuilder().Build();

        var donation = project.ReceiveDonation(" 县建筑商会 ", Money.FromYuan(20_000), new DateOnly(2026, 2, 20), " 鄂捐 0000101 ");

        Assert.Equal(("县建筑商会", "鄂捐 0000101"), (donation.Donor, donation.ReceiptNumber));
        Assert.Equal((Money.FromYuan(20_000), new DateOnly(2026, 2, 20)), (donation.Amount, donation.DonatedOn));
        Assert.Equal(Money.FromYuan(20_000), project.Budget.Donations);
        Assert.Equal(1, project.Version);
    }

    [Fact]
    public void A_donation_receipt_number_cannot_be_used_twice_on_a_project()
    {
        var project = new ProjectBuilder().WithDonation(100, "鄂捐 0000101").Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.ReceiveDonation("李某", Money.FromYuan(50), new DateOnly(2026, 3, 1), "鄂捐 0000101"));

        Assert.Equal(("Rule.DonationReceiptTaken", "ReceiptNumber"), (refused.Code, refused.Field));
        Assert.Single(project.Donations);
    }

    [Theory]
    [InlineData("", 100, "鄂捐 1", "Rule.NameRequired")]
    [InlineData("李某", 0, "鄂捐 1", "Rule.AmountMustBePositive")]
    [InlineData("李某", -5, "鄂捐 1", "Rule.AmountMustBePositive")]
    [InlineData("李某", 100, " ", "Rule.NameRequired")]
    public void A_donation_without_donor_amount_or_receipt_number_is_refused(string donor, decimal yuan, string receipt, string code)
    {
        var project = new ProjectBuilder().Build();

        Assert.Equal(code, Assert.Throws<DomainRuleException>(() => project.ReceiveDonation(donor, Money.FromYuan(yuan), new DateOnly(2026, 3, 1), receipt)).Code);
        Assert.Empty(project.Donations);
    }

    [Fact]
    public void Self_funding_is_set_not_added_and_may_be_zero()
    {
        var project = new ProjectBuilder().WithSelfFunding(8_000).Build();

        project.PledgeSelfFunding(Money.FromYuan(9_500));
        Assert.Equal(Money.FromYuan(9_500), project.SelfFundingCash);

        project.PledgeSelfFunding(Money.Zero);
        Assert.Equal(Money.Zero, project.Budget.SelfFundingCash);
    }

    [Fact]
    public void Negative_self_funding_is_refused() =>
        Assert.Equal("Rule.AmountMustNotBeNegative", Assert.Throws<DomainRuleException>(() =>
            new ProjectBuilder().Build().PledgeSelfFunding(Money.FromFen(-1))).Code);

    [Theory]
    [InlineData(ProjectStatus.Settled)]
    [InlineData(ProjectStatus.Archived)]
    public void A_settled_or_archived_project_takes_no_more_money_from_any_source(ProjectStatus status)
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(status).Build();
        var before = project.Budget;

        Assert.All(
            new Action[]
            {
                () => project.ReceiveAllocation(Money.FromYuan(1)),
                () => project.ReceiveDonation("李某", Money.FromYuan(1), ProjectBuilder.ArchivedOn, "鄂捐 9"),
                () => project.PledgeSelfFunding(Money.FromYuan(1)),
                () => project.RecordLabour("投工", 1, Money.FromYuan(1)),
                () => project.RecordMaterials("砂石", 1, "方", Money.FromYuan(1)),
            },
            change => Assert.Equal("Rule.ProjectClosedForFunds", Assert.Throws<DomainRuleException>(change).Code));
        Assert.Equal(before, project.Budget);
    }
}

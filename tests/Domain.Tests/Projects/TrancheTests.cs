using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Projects;

public sealed class TrancheTests
{
    private static readonly Money Payable = Money.FromYuan(85_000);

    [Fact]
    public void The_default_plan_is_thirty_at_start_eighty_before_acceptance_and_all_after() =>
        Assert.Equal((30m, 80m, 100m), (TranchePlan.Default.AtStartPercent, TranchePlan.Default.BeforeAcceptancePercent, TranchePlan.Default.AfterAcceptancePercent));

    [Theory]
    [InlineData(TrancheStage.NotStarted, 0)]
    [InlineData(TrancheStage.Started, 25_500)]
    [InlineData(TrancheStage.WorksCompleted, 68_000)]
    [InlineData(TrancheStage.Accepted, 85_000)]
    public void The_cap_at_each_stage_is_its_share_of_the_payable_budget(TrancheStage stage, decimal cap) =>
        Assert.Equal(Money.FromYuan(cap), TranchePlan.Default.PayableCap(Payable, stage));

    [Fact]
    public void A_cap_is_rounded_to_the_fen_half_away_from_zero() =>
        Assert.Equal(Money.FromFen(2), TranchePlan.Default.PayableCap(Money.FromFen(5), TrancheStage.Started)); // 30% of 5 fen is 1.5 fen

    [Theory]
    [InlineData(0, 25_500, true)]
    [InlineData(25_000, 500, true)]
    [InlineData(25_000, 500.01, false)]
    [InlineData(25_500, 0.01, false)]
    [InlineData(0, 0, false)]
    [InlineData(0, -1, false)]
    public void A_payment_is_allowed_only_up_to_the_cap(decimal alreadyPaid, decimal amount, bool allowed) =>
        Assert.Equal(allowed, TranchePlan.Default.CanPay(Payable, TrancheStage.Started, Money.FromYuan(alreadyPaid), Money.FromYuan(amount)));

    [Theory]
    [InlineData(40, 30, 100)]
    [InlineData(30, 80, 101)]
    [InlineData(-1, 80, 100)]
    [InlineData(30, 20, 100)]
    public void A_plan_whose_shares_decrease_or_leave_zero_to_a_hundred_is_refused(decimal start, decimal before, decimal after) =>
        Assert.Equal("Rule.TranchePlanInvalid", Assert.Throws<DomainRuleException>(() => new TranchePlan(start, before, after)).Code);

    [Theory]
    [InlineData(ProjectStatus.Planning, TrancheStage.NotStarted)]
    [InlineData(ProjectStatus.PublicNotice, TrancheStage.NotStarted)]
    [InlineData(ProjectStatus.Approved, TrancheStage.NotStarted)]
    [InlineData(ProjectStatus.InProgress, TrancheStage.Started)]
    [InlineData(ProjectStatus.Accepted, TrancheStage.Accepted)]
    [InlineData(ProjectStatus.Settled, TrancheStage.Accepted)]
    [InlineData(ProjectStatus.Archived, TrancheStage.Accepted)]
    public void A_project_stage_follows_its_status(ProjectStatus status, TrancheStage stage) =>
        Assert.Equal(stage, new ProjectBuilder().WithCompliantBudget().In(status).Build().TrancheStage);

    [Fact]
    public void Completing_the_works_raises_the_cap_to_the_pre_acceptance_share()
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.InProgress).Build();

        Assert.Equal(Money.FromYuan(25_500), project.PayableCap(TranchePlan.Default));
        project.CompleteWorks(new DateOnly(2026, 6, 1));

        Assert.Equal(TrancheStage.WorksCompleted, project.TrancheStage);
        Assert.Equal(Money.FromYuan(68_000), project.PayableCap(TranchePlan.Default));
    }

    [Fact]
    public void The_cap_counts_cash_sources_only_never_the_in_kind_contributions()
    {
        // Compliant budget: ¥85,000 cash (integrated 60,000 + donation 15,000 + self-funding 10,000) and ¥15,000 labour.
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.Accepted).Build();

        Assert.Equal(Money.FromYuan(100_000), project.Budget.Total);
        Assert.Equal(Money.FromYuan(85_000), project.PayableCap(TranchePlan.Default));
        Assert.True(project.CanPay(TranchePlan.Default, Money.Zero, Money.FromYuan(85_000)));
        Assert.False(project.CanPay(TranchePlan.Default, Money.Zero, Money.FromYuan(85_000.01m)));
    }

    [Fact]
    public void Nothing_is_payable_before_the_works_start()
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.Approved).Build();

        var refused = Assert.Throws<DomainRuleException>(() => project.EnsurePayable(TranchePlan.Default, Money.Zero, Money.FromYuan(1)));

        Assert.Equal("Rule.TrancheCapExceeded", refused.Code);
        Assert.Equal(new object[] { "¥1.00", "¥0.00", "ProjectStatus.Approved" }, refused.Arguments);
    }

    [Fact]
    public void A_payment_beyond_the_cap_is_refused_naming_what_is_still_payable()
    {
        var project = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.InProgress).Build();

        project.EnsurePayable(TranchePlan.Default, Money.FromYuan(20_000), Money.FromYuan(5_500));
        var refused = Assert.Throws<DomainRuleException>(() => project.EnsurePayable(TranchePlan.Default, Money.FromYuan(20_000), Money.FromYuan(5_500.01m)));

        Assert.Equal(new object[] { "¥5,500.01", "¥5,500.00", "ProjectStatus.InProgress" }, refused.Arguments);
    }

    [Fact]
    public void A_payment_of_nothing_is_refused_as_such() =>
        Assert.Equal("Rule.AmountMustBePositive", Assert.Throws<DomainRuleException>(() =>
            new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.Accepted).Build().EnsurePayable(TranchePlan.Default, Money.Zero, Money.Zero)).Code);
}

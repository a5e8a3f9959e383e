using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>
/// Submission checks the budget as it stands; approval checks it again, because requests submitted side by side
/// may together ask for more than a source has. The approval that would overdraw is refused and changes nothing.
/// </summary>
public sealed class DisbursementBudgetTests
{
    private readonly Project project = RequestBuilder.LargeProject();

    [Fact]
    public void Of_two_approvals_that_together_overdraw_a_source_the_second_is_refused_and_changes_nothing()
    {
        var first = Submitted(80_000, CashSource.Donations, id: 1);
        var second = Submitted(80_000, CashSource.Donations, id: 2);
        first.ApproveAs(project, RequestBuilder.Clerk);
        var (projectVersion, requestVersion) = (project.Version, second.Version);

        var refused = Assert.Throws<DomainRuleException>(() => second.ApproveAs(project, "clerk2"));

        Assert.Equal(("Rule.SourceExhausted", "Amount"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "¥80,000.00", "CashSource.Donations", "¥70,000.00" }, refused.Arguments);
        Assert.Equal((Money.FromYuan(80_000), projectVersion), (project.DisbursedFrom(CashSource.Donations), project.Version));
        Assert.Equal((RequestStatus.Submitted, requestVersion, 1), (second.Status, second.Version, second.History.Count));
        Assert.Null(second.ApprovedBy);
    }

    [Fact]
    public void Two_first_approvals_that_together_overdraw_a_source_cannot_both_be_confirmed()
    {
        var first = Submitted(100_000.01m, CashSource.Donations, id: 1);
        var second = Submitted(100_000.01m, CashSource.Donations, id: 2);
        first.ApproveAs(project, RequestBuilder.Clerk);
        second.ApproveAs(project, RequestBuilder.Clerk);
        first.ConfirmAs(project, RequestBuilder.Approver);
        var projectVersion = project.Version;

        var refused = Assert.Throws<DomainRuleException>(() => second.ConfirmAs(project, RequestBuilder.Approver));

        Assert.Equal(new object[] { "¥100,000.01", "CashSource.Donations", "¥49,999.99" }, refused.Arguments);
        Assert.Equal((RequestStatus.FirstApproved, (string?)null), (second.Status, second.ApprovedBy));
        Assert.Equal((Money.FromYuan(100_000.01m), projectVersion), (project.DisbursedFrom(CashSource.Donations), project.Version));
    }

    [Fact]
    public void A_first_approval_already_hears_that_the_source_is_used_up()
    {
        var first = Submitted(100_000.01m, CashSource.Donations, id: 1);
        var second = Submitted(100_000.01m, CashSource.Donations, id: 2);
        first.ApproveAs(project, RequestBuilder.Clerk);
        first.ConfirmAs(project, RequestBuilder.Approver);

        var refused = Assert.Throws<DomainRuleException>(() => second.ApproveAs(project, RequestBuilder.Clerk));

        Assert.Equal("Rule.SourceExhausted", refused.Code);
        Assert.Equal((RequestStatus.Submitted, (string?)null), (second.Status, second.FirstApprovedBy));
    }

    [Fact]
    public void Of_two_approvals_that_together_pass_the_tranche_cap_the_second_is_refused()
    {
        var first = Submitted(150_000, CashSource.IntegratedFunds, id: 1);
        var second = Submitted(75_000, CashSource.Donations, id: 2);
        var third = Submitted(30_000.01m, CashSource.SelfFunding, id: 3);
        first.ApproveAs(project, RequestBuilder.Clerk);
        first.ConfirmAs(project, RequestBuilder.Approver);
        second.ApproveAs(project, RequestBuilder.Clerk);

        var refused = Assert.Throws<DomainRuleException>(() => third.ApproveAs(project, RequestBuilder.Clerk));

        Assert.Equal("Rule.TrancheCapExceeded", refused.Code);
        Assert.Equal(new object[] { "¥30,000.01", "¥30,000.00", "ProjectStatus.InProgress" }, refused.Arguments);
        Assert.Equal(Money.FromYuan(225_000), project.Disbursed);
    }

    [Fact]
    public void A_co_financing_breach_arising_after_submission_blocks_the_approval()
    {
        var request = Submitted(30_000, CashSource.IntegratedFunds, id: 1);
        project.ReceiveAllocation(Money.FromYuan(100_000));

        var refused = Assert.Throws<DomainRuleException>(() => request.ApproveAs(project, RequestBuilder.Clerk));

        Assert.Equal("Rule.IntegratedShareTooHigh", refused.Code);
        Assert.Equal((RequestStatus.Submitted, Money.Zero), (request.Status, project.Disbursed));
    }

    [Fact]
    public void The_residents_cash_cannot_be_lowered_below_what_has_been_disbursed_from_it()
    {
        Submitted(60_000, CashSource.SelfFunding, id: 1).ApproveAs(project, RequestBuilder.Clerk);
        var version = project.Version;

        var refused = Assert.Throws<DomainRuleException>(() => project.PledgeSelfFunding(Money.FromYuan(59_999.99m)));

        Assert.Equal(("Rule.SelfFundingBelowDisbursed", "Amount"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "¥60,000.00" }, refused.Arguments);
        Assert.Equal((Money.FromYuan(100_000), version), (project.SelfFundingCash, project.Version));
    }

    [Fact]
    public void The_residents_cash_can_be_lowered_to_what_has_been_disbursed_from_it()
    {
        Submitted(60_000, CashSource.SelfFunding, id: 1).ApproveAs(project, RequestBuilder.Clerk);

        Assert.Equal(Money.FromYuan(-40_000), project.PledgeSelfFunding(Money.FromYuan(60_000)));
        Assert.Equal(Money.Zero, project.RemainingIn(CashSource.SelfFunding));
    }

    private DisbursementRequest Submitted(decimal yuan, CashSource source, int id) =>
        new RequestBuilder(project).WithAmount(yuan, source).SavedAs(id).In(RequestStatus.Submitted).Build();
}

using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>
/// Maker-checker (审核/复核): up to ¥100,000 one clerk's approval is final; above it a second, different person
/// confirms. Nobody approves what they filed. Only the final approval commits the money against the project.
/// </summary>
public sealed class ApprovalTests
{
    private readonly Project project = RequestBuilder.LargeProject();

    [Fact]
    public void An_approval_below_the_threshold_is_final_and_commits_the_money_against_its_source()
    {
        var request = new RequestBuilder(project).WithAmount(30_000).In(RequestStatus.Submitted).Build();
        var (version, projectVersion) = (request.Version, project.Version);

        var final = request.ApproveAs(project, RequestBuilder.Clerk);

        Assert.True(final);
        Assert.Equal((RequestStatus.Approved, RequestBuilder.Clerk, RequestBuilder.ReviewedAt), (request.Status, request.ApprovedBy, request.ApprovedAt));
        Assert.Null(request.FirstApprovedBy);
        Assert.Equal(Money.FromYuan(30_000), project.DisbursedFrom(CashSource.IntegratedFunds));
        Assert.Equal((Money.Zero, Money.Zero), (project.DisbursedFrom(CashSource.Donations), project.DisbursedFrom(CashSource.SelfFunding)));
        Assert.Equal((version + 1, projectVersion + 1), (request.Version, project.Version));
        Assert.Equal([(1, ReviewAction.Submitted, "accountant1"), (1, ReviewAction.Approved, "clerk")], request.History.Select(s => (s.Round, s.Action, s.By)));
    }

    [Fact]
    public void Exactly_the_threshold_needs_one_approval()
    {
        var request = new RequestBuilder(project).WithAmount(100_000).In(RequestStatus.Submitted).Build();

        Assert.True(request.ApproveAs(project, RequestBuilder.Clerk));
        Assert.Equal(RequestStatus.Approved, request.Status);
        Assert.Equal(Money.FromYuan(100_000), project.Disbursed);
    }

    [Fact]
    public void Above_the_threshold_the_first_approval_commits_nothing_yet()
    {
        var request = new RequestBuilder(project).WithAmount(100_000.01m).In(RequestStatus.Submitted).Build();
        var (version, projectVersion) = (request.Version, project.Version);

        var final = request.ApproveAs(project, RequestBuilder.Clerk);

        Assert.False(final);
        Assert.Equal((RequestStatus.FirstApproved, "clerk"), (request.Status, request.FirstApprovedBy));
        Assert.Null(request.ApprovedBy);
        Assert.Null(request.ApprovedAt);
        Assert.Equal((Money.Zero, projectVersion), (project.Disbursed, project.Version));
        Assert.Equal(version + 1, request.Version);
        Assert.Equal(ReviewAction.FirstApproved, request.History[^1].Action);
    }

    [Fact]
    public void The_second_approval_by_another_person_commits_the_money()
    {
        var request = new RequestBuilder(project).WithAmount(100_000.01m).In(RequestStatus.FirstApproved).Build();
        var at = RequestBuilder.ReviewedAt.AddHours(5);

        request.ConfirmAs(project, RequestBuilder.Approver, at);

        Assert.Equal((RequestStatus.Approved, "approver", at), (request.Status, request.ApprovedBy, request.ApprovedAt));
        Assert.Equal("clerk", request.FirstApprovedBy);
        Assert.Equal(Money.FromYuan(100_000.01m), project.DisbursedFrom(CashSource.IntegratedFunds));
        Assert.Equal(
            [(ReviewAction.Submitted, "accountant1"), (ReviewAction.FirstApproved, "clerk"), (ReviewAction.Approved, "approver")],
            request.History.Select(s => (s.Action, s.By)));
    }

    [Fact]
    public void A_configured_threshold_is_respected()
    {
        var request = new RequestBuilder(project).WithAmount(10_000.01m).In(RequestStatus.Submitted).Build();
        var rules = new DisbursementRules(secondApprovalAbove: Money.FromYuan(10_000));

        Assert.False(request.Approve(project, RequestBuilder.Clerk, RequestBuilder.ReviewedAt, rules, TranchePlan.Default, CoFinancingRules.Default));
        Assert.Equal(RequestStatus.FirstApproved, request.Status);
    }

    [Theory]
    [InlineData(30_000)]
    [InlineData(120_000)]
    public void The_filer_cannot_approve_their_own_request(decimal yuan)
    {
        var request = new RequestBuilder(project).WithAmount(yuan).In(RequestStatus.Submitted).Build();
        var version = request.Version;

        var refused = Assert.Throws<DomainRuleException>(() => request.ApproveAs(project, RequestBuilder.Accountant));

        Assert.Equal("Rule.SelfApproval", refused.Code);
        Assert.Equal((RequestStatus.Submitted, version, Money.Zero), (request.Status, request.Version, project.Disbursed));
    }

    [Fact]
    public void The_filer_cannot_give_the_second_approval_either()
    {
        var request = new RequestBuilder(project).WithAmount(120_000).In(RequestStatus.FirstApproved).Build();

        var refused = Assert.Throws<DomainRuleException>(() => request.ConfirmAs(project, RequestBuilder.Accountant));

        Assert.Equal("Rule.SelfApproval", refused.Code);
        Assert.Equal((RequestStatus.FirstApproved, Money.Zero), (request.Status, project.Disbursed));
    }

    [Fact]
    public void The_first_approver_cannot_also_give_the_second()
    {
        var request = new RequestBuilder(project).WithAmount(120_000).In(RequestStatus.FirstApproved).Build();
        var version = request.Version;

        var refused = Assert.Throws<DomainRuleException>(() => request.ConfirmAs(project, RequestBuilder.Clerk));

        Assert.Equal("Rule.SecondApprovalBySamePerson", refused.Code);
        Assert.Equal((RequestStatus.FirstApproved, version, Money.Zero), (request.Status, request.Version, project.Disbursed));
    }

    [Fact]
    public void Negative_limits_are_refused() =>
        Assert.Equal("Rule.DisbursementLimitsInvalid", Assert.Throws<DomainRuleException>(() => new DisbursementRules(cashLimit: Money.FromFen(-1))).Code);
}

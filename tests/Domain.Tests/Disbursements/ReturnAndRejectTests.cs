using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>退回修改 sends a request back for the next round with a reason; 不予报账 ends it with a reason.</summary>
public sealed class ReturnAndRejectTests
{
    private const string Reason = "发票金额与合同不符";
    private readonly Project project = RequestBuilder.LargeProject();

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Returning_or_rejecting_needs_a_reason(string reason)
    {
        var request = new RequestBuilder(project).In(RequestStatus.Submitted).Build();
        var version = request.Version;

        var returning = Assert.Throws<DomainRuleException>(() => request.ReturnForCorrection(RequestBuilder.Clerk, RequestBuilder.ReviewedAt, reason));
        var rejecting = Assert.Throws<DomainRuleException>(() => request.Reject(RequestBuilder.Clerk, RequestBuilder.ReviewedAt, reason));

        Assert.All([returning, rejecting], refused =>
        {
            Assert.Equal("Rule.NameRequired", refused.Code);
            Assert.Equal(new object[] { "Review.Reason" }, refused.Arguments);
        });
        Assert.Equal((RequestStatus.Submitted, version, 1), (request.Status, request.Version, request.History.Count));
    }

    [Fact]
    public void Returning_after_a_first_approval_starts_the_next_round_and_forgets_the_first_approver()
    {
        var request = new RequestBuilder(project).WithAmount(120_000).In(RequestStatus.FirstApproved).Build();
        var version = request.Version;

        request.ReturnForCorrection(RequestBuilder.Approver, RequestBuilder.ReviewedAt.AddHours(3), $" {Reason} ");

        Assert.Equal((RequestStatus.Returned, 2, (string?)null), (request.Status, request.Round, request.FirstApprovedBy));
        var step = request.History[^1];
        Assert.Equal((1, ReviewAction.Returned, "approver", (string?)Reason), (step.Round, step.Action, step.By, step.Reason));
        Assert.Equal(version + 1, request.Version);
        Assert.Equal(Money.Zero, project.Disbursed);
    }

    [Fact]
    public void A_returned_request_is_corrected_and_resubmitted_and_the_history_keeps_both_rounds()
    {
        var request = new RequestBuilder(project).WithAmount(120_000).In(RequestStatus.FirstApproved).Build();
        request.ReturnForCorrection(RequestBuilder.Approver, RequestBuilder.ReviewedAt.AddHours(3), Reason);

        request.Edit(RequestBuilder.Details(110_000));
        request.AddEvidence(EvidenceKind.Photo, RequestBuilder.Sha('e'), "现场照片.jpg");
        request.SubmitTo(project);
        request.ApproveAs(project, RequestBuilder.Clerk, RequestBuilder.ReviewedAt.AddDays(1));
        request.ConfirmAs(project, RequestBuilder.Approver, RequestBuilder.ReviewedAt.AddDays(2));

        Assert.Equal((RequestStatus.Approved, 2), (request.Status, request.Round));
        Assert.Equal(
            [
                (1, ReviewAction.Submitted), (1, ReviewAction.FirstApproved), (1, ReviewAction.Returned),
                (2, ReviewAction.Submitted), (2, ReviewAction.FirstApproved), (2, ReviewAction.Approved),
            ],
            request.History.Select(s => (s.Round, s.Action)));
        Assert.Equal(Money.FromYuan(110_000), project.Disbursed);
    }

    [Fact]
    public void A_rejection_keeps_its_reason()
    {
        var request = new RequestBuilder(project).In(RequestStatus.Submitted).Build();

        request.Reject(RequestBuilder.Clerk, RequestBuilder.ReviewedAt, Reason);

        Assert.Equal(RequestStatus.Rejected, request.Status);
        Assert.Equal((ReviewAction.Rejected, "clerk", (string?)Reason), (request.History[^1].Action, request.History[^1].By, request.History[^1].Reason));
        Assert.Equal(Money.Zero, project.Disbursed);
    }

    [Fact]
    public void A_rejection_is_final()
    {
        var request = new RequestBuilder(project).WithAmount(120_000).In(RequestStatus.FirstApproved).Build();
        request.Reject(RequestBuilder.Approver, RequestBuilder.ReviewedAt, Reason);

        Assert.Equal("Rule.RequestNotEditable", Assert.Throws<DomainRuleException>(() => request.Edit(RequestBuilder.Details(1))).Code);
        Assert.Equal("Rule.RequestTransitionInvalid", Assert.Throws<DomainRuleException>(() => request.ConfirmAs(project, "another")).Code);
        Assert.Equal("Rule.RequestTransitionInvalid", Assert.Throws<DomainRuleException>(() => request.ReturnForCorrection("another", RequestBuilder.ReviewedAt, Reason)).Code);
        Assert.Equal((RequestStatus.Rejected, Money.Zero), (request.Status, project.Disbursed));
    }
}

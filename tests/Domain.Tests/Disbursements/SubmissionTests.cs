using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>Submission (提交) checks the voucher whole and names every problem at once, each under its field.</summary>
public sealed class SubmissionTests
{
    private readonly Project project = RequestBuilder.LargeProject();

    [Fact]
    public void A_complete_request_is_submitted_and_the_step_recorded_in_round_one()
    {
        var request = new RequestBuilder(project).Build();
        var version = request.Version;

        request.SubmitTo(project);

        Assert.Equal((RequestStatus.Submitted, RequestBuilder.SubmittedAt), (request.Status, request.SubmittedAt));
        var step = Assert.Single(request.History);
        Assert.Equal((1, ReviewAction.Submitted, RequestBuilder.Accountant, RequestBuilder.SubmittedAt, (string?)null), (step.Round, step.Action, step.By, step.At, step.Reason));
        Assert.Equal(version + 1, request.Version);
        Assert.Equal(Money.Zero, project.Disbursed);
    }

    [Fact]
    public void An_empty_draft_lists_every_missing_part_at_once_each_under_its_field()
    {
        var request = new RequestBuilder(project).With(RequestDetails.Empty).WithoutEvidence().Build();

        var refused = Assert.Throws<DomainRulesException>(() => request.SubmitTo(project));

        Assert.Equal(
            ["Amount", "Source", "Method", "PayeeName", "Purpose", "Handler", "Witness", "Evidence"],
            refused.Problems.Select(p => p.Field));
        Assert.All(refused.Problems.SkipLast(1), p => Assert.Equal("Rule.NameRequired", p.Code));
        Assert.Equal(new object[] { "Request.PayeeName" }, refused.Problems[3].Arguments);
        Assert.Equal("Rule.EvidenceMissing", refused.Problems[^1].Code);
        Assert.Equal((RequestStatus.Draft, 1), (request.Status, request.Version));
        Assert.Empty(request.History);
    }

    [Fact]
    public void A_single_problem_is_thrown_on_its_own()
    {
        var request = new RequestBuilder(project).With(RequestBuilder.Details(500) with { Witness = null }).Build();

        var refused = Assert.Throws<DomainRuleException>(() => request.SubmitTo(project));

        Assert.Equal(("Rule.NameRequired", "Witness"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "Request.Witness" }, refused.Arguments);
        Assert.Equal(RequestStatus.Draft, request.Status);
    }

    [Fact]
    public void A_bank_transfer_needs_the_payee_s_account_and_bank()
    {
        var request = new RequestBuilder(project).With(RequestBuilder.Details(500) with { PayeeAccount = null, PayeeBank = null }).Build();

        var refused = Assert.Throws<DomainRulesException>(() => request.SubmitTo(project));

        Assert.Equal(["PayeeAccount", "PayeeBank"], refused.Problems.Select(p => p.Field));
        Assert.Equal(new object[] { "Request.PayeeAccount" }, refused.Problems[0].Arguments);
    }

    [Fact]
    public void Cash_above_two_thousand_yuan_is_refused()
    {
        var request = new RequestBuilder(project).With(Cash(2_000.01m)).Build();

        var refused = Assert.Throws<DomainRuleException>(() => request.SubmitTo(project));

        Assert.Equal(("Rule.CashAboveLimit", "Method"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "¥2,000.01", "¥2,000.00" }, refused.Arguments);
    }

    [Fact]
    public void Two_thousand_yuan_exactly_may_be_paid_in_cash_without_a_bank_account()
    {
        var request = new RequestBuilder(project).With(Cash(2_000m)).Build();

        request.SubmitTo(project);

        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void The_witness_cannot_be_the_handler()
    {
        var request = new RequestBuilder(project).With(RequestBuilder.Details(500) with { Handler = "李会计", Witness = " 李会计 " }).Build();

        var refused = Assert.Throws<DomainRuleException>(() => request.SubmitTo(project));

        Assert.Equal(("Rule.WitnessIsHandler", "Witness"), (refused.Code, refused.Field));
    }

    [Fact]
    public void An_iou_alone_is_not_evidence()
    {
        var request = new RequestBuilder(project).WithoutEvidence().WithEvidence(EvidenceKind.Iou).WithEvidence(EvidenceKind.Iou).Build();

        var refused = Assert.Throws<DomainRuleException>(() => request.SubmitTo(project));

        Assert.Equal(("Rule.IouOnly", "Evidence"), (refused.Code, refused.Field));
    }

    [Fact]
    public void An_iou_beside_an_invoice_is_accepted()
    {
        var request = new RequestBuilder(project).WithoutEvidence().WithEvidence(EvidenceKind.Iou).WithInvoice("", "26332000000123456789").Build();

        request.SubmitTo(project);

        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void A_request_for_another_project_is_refused()
    {
        var request = new RequestBuilder(project).Build();
        var other = new ProjectBuilder().WithCompliantBudget().In(ProjectStatus.InProgress).Build().AsSaved(6);

        Assert.Throws<ArgumentException>(() => request.SubmitTo(other));
        Assert.Equal(RequestStatus.Draft, request.Status);
    }

    private static RequestDetails Cash(decimal yuan) =>
        RequestBuilder.Details(yuan, method: PaymentMethod.Cash) with { PayeeBank = null, PayeeAccount = null };
}

using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>
/// What the project allows a request to ask for: nothing before the notice closed clean and the project was approved,
/// nothing once it is closed, and no more than its source has left, its tranche allows and its co-financing keeps.
/// </summary>
public sealed class SubmissionBudgetTests
{
    [Theory]
    [InlineData(ProjectStatus.Planning)]
    [InlineData(ProjectStatus.PublicNotice)]
    public void Nothing_is_filed_before_the_project_is_approved(ProjectStatus status)
    {
        var refused = Refusal(RequestBuilder.LargeProject(status), 500);

        Assert.Equal("Rule.DisbursementBeforeApproval", refused.Code);
        Assert.Equal(new object[] { $"ProjectStatus.{status}" }, refused.Arguments);
    }

    [Fact]
    public void An_approved_project_whose_works_have_not_started_has_nothing_payable_yet()
    {
        var refused = Refusal(RequestBuilder.LargeProject(ProjectStatus.Approved), 500);

        Assert.Equal(("Rule.TrancheCapExceeded", "Amount"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "¥500.00", "¥0.00", "ProjectStatus.Approved" }, refused.Arguments);
    }

    [Theory]
    [InlineData(ProjectStatus.Settled)]
    [InlineData(ProjectStatus.Archived)]
    public void A_settled_or_archived_project_takes_no_more_requests(ProjectStatus status)
    {
        var refused = Refusal(RequestBuilder.LargeProject(status), 500);

        Assert.Equal("Rule.ProjectClosedForFunds", refused.Code);
        Assert.Equal(new object[] { "东风村文化广场" }, refused.Arguments);
    }

    [Fact]
    public void An_amount_beyond_what_the_source_has_left_is_refused_naming_what_remains()
    {
        var project = RequestBuilder.LargeProject();
        Commit(project, CashSource.Donations, 50_000);

        var refused = Refusal(project, 100_000.01m, CashSource.Donations);

        Assert.Equal(("Rule.SourceExhausted", "Amount"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "¥100,000.01", "CashSource.Donations", "¥100,000.00" }, refused.Arguments);
    }

    [Fact]
    public void What_the_source_has_left_exactly_may_be_asked_for()
    {
        var project = RequestBuilder.LargeProject();
        Commit(project, CashSource.Donations, 50_000);
        var request = new RequestBuilder(project).WithAmount(100_000, CashSource.Donations).Build();

        request.SubmitTo(project);

        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void An_amount_beyond_the_tranche_cap_of_the_project_s_stage_is_refused()
    {
        var refused = Refusal(RequestBuilder.LargeProject(), 255_000.01m);

        Assert.Equal(("Rule.TrancheCapExceeded", "Amount"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "¥255,000.01", "¥255,000.00", "ProjectStatus.InProgress" }, refused.Arguments);
    }

    [Fact]
    public void A_payment_reaching_past_the_pre_acceptance_tranche_needs_the_acceptance_record()
    {
        var project = RequestBuilder.LargeProject(ProjectStatus.Accepted);
        Commit(project, CashSource.IntegratedFunds, 550_000);

        var refused = Refusal(project, 130_000.01m, CashSource.Donations);

        Assert.Equal(("Rule.AcceptanceRecordNeeded", "Evidence"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "¥680,000.00" }, refused.Arguments);
    }

    [Theory]
    [InlineData(130_000, false)]
    [InlineData(140_000, true)]
    public void Up_to_the_pre_acceptance_tranche_or_with_the_record_the_request_goes(decimal yuan, bool withRecord)
    {
        var project = RequestBuilder.LargeProject(ProjectStatus.Accepted);
        Commit(project, CashSource.IntegratedFunds, 550_000);
        var builder = new RequestBuilder(project).WithAmount(yuan, CashSource.Donations);
        var request = (withRecord ? builder.WithEvidence(EvidenceKind.AcceptanceRecord) : builder).Build();

        request.SubmitTo(project);

        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void A_budget_that_has_come_to_break_the_co_financing_rules_is_refused()
    {
        var project = RequestBuilder.LargeProject();
        project.ReceiveAllocation(Money.FromYuan(100_000)); // integrated 700,000 of 1,100,000

        var refused = Refusal(project, 500);

        Assert.Equal("Rule.IntegratedShareTooHigh", refused.Code);
        Assert.Equal(new object[] { 63.6m, 60m }, refused.Arguments);
    }

    [Fact]
    public void Problems_of_the_voucher_and_of_the_project_are_listed_together()
    {
        var project = RequestBuilder.LargeProject();
        var request = new RequestBuilder(project).With(RequestBuilder.Details(255_000.01m) with { Handler = null }).WithoutEvidence().Build();

        var refused = Assert.Throws<DomainRulesException>(() => request.SubmitTo(project));

        Assert.Equal(["Rule.NameRequired", "Rule.EvidenceMissing", "Rule.TrancheCapExceeded"], refused.Problems.Select(p => p.Code));
        Assert.Equal(["Handler", "Evidence", "Amount"], refused.Problems.Select(p => p.Field));
    }

    private static DomainRuleException Refusal(Project project, decimal yuan, CashSource source = CashSource.IntegratedFunds)
    {
        var request = new RequestBuilder(project).WithAmount(yuan, source).Build();
        var refused = Assert.Throws<DomainRuleException>(() => request.SubmitTo(project));
        Assert.Equal(RequestStatus.Draft, request.Status);
        return refused;
    }

    private static void Commit(Project project, CashSource source, decimal yuan) =>
        project.CommitDisbursement(source, Money.FromYuan(yuan), TranchePlan.Default, CoFinancingRules.Default);
}

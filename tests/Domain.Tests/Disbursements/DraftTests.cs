using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>A draft (草稿) is saved as the accountant types it and completed later; only drafts and returned requests change.</summary>
public sealed class DraftTests
{
    private readonly Project project = RequestBuilder.LargeProject();

    [Fact]
    public void A_new_request_is_a_draft_of_round_one_filed_by_its_accountant()
    {
        var request = new DisbursementRequest(project, " accountant1 ", RequestBuilder.FiledAt, Guid.NewGuid());

        Assert.Equal((RequestStatus.Draft, 1, "accountant1"), (request.Status, request.Round, request.FiledBy));
        Assert.Equal((RequestBuilder.ProjectId, project.TownshipId), (request.ProjectId, request.TownshipId));
        Assert.Equal(Money.Zero, request.Amount);
        Assert.Empty(request.History);
        Assert.Equal(0, request.Version);
    }

    [Fact]
    public void A_request_without_its_form_s_token_is_refused() =>
        Assert.Throws<ArgumentException>(() => new DisbursementRequest(project, RequestBuilder.Accountant, RequestBuilder.FiledAt, Guid.Empty));

    [Fact]
    public void Editing_saves_partial_details_and_leaves_the_rest_empty()
    {
        var request = new RequestBuilder(project).With(RequestDetails.Empty).WithoutEvidence().Build();

        request.Edit(RequestDetails.Empty with { Amount = Money.FromYuan(1_234.5m), PayeeName = " 县路桥工程有限公司 ", Purpose = "  ", PayeeAccount = "6228 4800 1234" });

        Assert.Equal(Money.FromYuan(1_234.5m), request.Amount);
        Assert.Equal(("县路桥工程有限公司", "622848001234"), (request.PayeeName, request.PayeeAccount));
        Assert.All(new[] { request.Purpose, request.PayeeBank, request.Handler, request.Witness }, Assert.Null);
        Assert.Null(request.Source);
        Assert.Null(request.Method);
        Assert.Equal(2, request.Version);
    }

    [Fact]
    public void A_negative_amount_is_refused()
    {
        var request = new RequestBuilder(project).Build();

        var refused = Assert.Throws<DomainRuleException>(() => request.Edit(RequestDetails.Empty with { Amount = Money.FromFen(-1) }));

        Assert.Equal(("Rule.AmountMustBePositive", "Amount"), (refused.Code, refused.Field));
    }

    [Fact]
    public void An_undefined_cash_source_or_payment_method_is_refused_under_its_field()
    {
        var request = new RequestBuilder(project).Build();

        var source = Assert.Throws<DomainRuleException>(() => request.Edit(RequestDetails.Empty with { Source = (CashSource)9 }));
        var method = Assert.Throws<DomainRuleException>(() => request.Edit(RequestDetails.Empty with { Method = (PaymentMethod)9 }));

        Assert.Equal(("Rule.CashSourceInvalid", "Source"), (source.Code, source.Field));
        Assert.Equal(("Rule.PaymentMethodInvalid", "Method"), (method.Code, method.Field));
    }

    [Theory]
    [InlineData("Request.PayeeName", 100)]
    [InlineData("Request.PayeeBank", 100)]
    [InlineData("Request.PayeeAccount", 40)]
    [InlineData("Request.Purpose", 200)]
    [InlineData("Request.Handler", 40)]
    [InlineData("Request.Witness", 40)]
    public void An_over_long_text_is_refused_naming_the_field_and_its_limit(string field, int maxLength)
    {
        var request = new RequestBuilder(project).Build();

        var refused = Assert.Throws<DomainRuleException>(() => request.Edit(WithText(field, new string('8', maxLength + 1))));
        request.Edit(WithText(field, new string('8', maxLength)));

        Assert.Equal("Rule.NameTooLong", refused.Code);
        Assert.Equal(new object[] { field, maxLength }, refused.Arguments);
    }

    [Fact]
    public void A_refused_edit_changes_nothing()
    {
        var request = new RequestBuilder(project).Build();
        var version = request.Version;

        Assert.Throws<DomainRuleException>(() =>
            request.Edit(RequestBuilder.Details(99, CashSource.Donations) with { Purpose = new string('事', 201) }));

        Assert.Equal((Money.FromYuan(30_000), CashSource.IntegratedFunds), (request.Amount, request.Source));
        Assert.Equal("文化广场硬化进度款", request.Purpose);
        Assert.Equal(version, request.Version);
    }

    [Theory]
    [InlineData(RequestStatus.Submitted)]
    [InlineData(RequestStatus.FirstApproved)]
    [InlineData(RequestStatus.Approved)]
    [InlineData(RequestStatus.Paid)]
    [InlineData(RequestStatus.Rejected)]
    public void A_request_under_review_or_decided_cannot_be_edited_nor_its_evidence_changed(RequestStatus status)
    {
        var request = new RequestBuilder(project).WithAmount(120_000).In(status).Build();
        var version = request.Version;

        var refusals = new Action[]
        {
            () => request.Edit(RequestBuilder.Details(1)),
            () => request.AddInvoice("", "12345678901234567890", Money.FromYuan(1), new DateOnly(2026, 5, 1), "某公司", RequestBuilder.Sha('c'), "票.pdf"),
            () => request.AddEvidence(EvidenceKind.Photo, RequestBuilder.Sha('d'), "照片.jpg"),
            () => request.RemoveEvidence(request.Evidence[0].Id),
        }.Select(change => Assert.Throws<DomainRuleException>(change)).ToList();

        Assert.All(refusals, refused =>
        {
            Assert.Equal("Rule.RequestNotEditable", refused.Code);
            Assert.Equal(new object[] { $"RequestStatus.{status}" }, refused.Arguments);
        });
        Assert.Equal((status, version, 1, 1), (request.Status, request.Version, request.Invoices.Count, request.Evidence.Count));
    }

    private static RequestDetails WithText(string field, string text) => field switch
    {
        "Request.PayeeName" => RequestDetails.Empty with { PayeeName = text },
        "Request.PayeeBank" => RequestDetails.Empty with { PayeeBank = text },
        "Request.PayeeAccount" => RequestDetails.Empty with { PayeeAccount = text },
        "Request.Purpose" => RequestDetails.Empty with { Purpose = text },
        "Request.Handler" => RequestDetails.Empty with { Handler = text },
        _ => RequestDetails.Empty with { Witness = text },
    };
}

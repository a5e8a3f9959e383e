using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>支付: recorded with the bank's reference, on a day (China time) not before the approval.</summary>
public sealed class PaymentTests
{
    private readonly Project project = RequestBuilder.LargeProject();

    [Fact]
    public void Recording_the_payment_marks_the_request_paid_with_its_reference_and_day()
    {
        var request = new RequestBuilder(project).In(RequestStatus.Approved).Build();
        var (version, at) = (request.Version, RequestBuilder.ReviewedAt.AddDays(1));

        request.RecordPayment("clerk", at, RequestBuilder.PaidOn, " ABC20260507000123 ");

        Assert.Equal((RequestStatus.Paid, (DateOnly?)RequestBuilder.PaidOn, "ABC20260507000123"), (request.Status, request.PaidOn, request.BankReference));
        Assert.Equal((ReviewAction.Paid, "clerk", at), (request.History[^1].Action, request.History[^1].By, request.History[^1].At));
        Assert.Equal(version + 1, request.Version);
    }

    [Fact]
    public void A_payment_may_be_dated_the_approval_day()
    {
        var request = ApprovedAt(new DateTimeOffset(2026, 5, 6, 2, 0, 0, TimeSpan.Zero));

        request.RecordPayment("clerk", RequestBuilder.ReviewedAt, new DateOnly(2026, 5, 6), "ABC1");

        Assert.Equal(RequestStatus.Paid, request.Status);
    }

    [Fact]
    public void A_payment_dated_before_the_approval_day_in_china_is_refused()
    {
        // 17:00 UTC on 6 May is 01:00 on 7 May in China: a payment on the 6th would precede the approval.
        var request = ApprovedAt(new DateTimeOffset(2026, 5, 6, 17, 0, 0, TimeSpan.Zero));

        var refused = Assert.Throws<DomainRuleException>(() => request.RecordPayment("clerk", RequestBuilder.ReviewedAt, new DateOnly(2026, 5, 6), "ABC1"));
        request.RecordPayment("clerk", RequestBuilder.ReviewedAt, new DateOnly(2026, 5, 7), "ABC1");

        Assert.Equal(("Rule.DateBeforeEarlierStep", "PaidOn"), (refused.Code, refused.Field));
        Assert.Equal(new object[] { "2026-05-06", "2026-05-07" }, refused.Arguments);
        Assert.Equal((RequestStatus.Paid, (DateOnly?)new DateOnly(2026, 5, 7)), (request.Status, request.PaidOn));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_payment_needs_the_bank_reference(string reference)
    {
        var request = new RequestBuilder(project).In(RequestStatus.Approved).Build();
        var version = request.Version;

        var refused = Assert.Throws<DomainRuleException>(() => request.RecordPayment("clerk", RequestBuilder.ReviewedAt, RequestBuilder.PaidOn, reference));

        Assert.Equal("Rule.NameRequired", refused.Code);
        Assert.Equal(new object[] { "Request.BankReference" }, refused.Arguments);
        Assert.Equal((RequestStatus.Approved, (DateOnly?)null, (string?)null, version), (request.Status, request.PaidOn, request.BankReference, request.Version));
    }

    private DisbursementRequest ApprovedAt(DateTimeOffset at)
    {
        var request = new RequestBuilder(project).In(RequestStatus.Submitted).Build();
        request.ApproveAs(project, RequestBuilder.Clerk, at);
        return request;
    }
}

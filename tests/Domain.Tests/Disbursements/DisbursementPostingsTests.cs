using Grants.Domain.Disbursements;
using Grants.Domain.Ledger;
using Grants.Domain.Projects;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Disbursements;

/// <summary>The approval moves the money from the project's funds to what is owed the payee; the payment pays it off.</summary>
public sealed class DisbursementPostingsTests
{
    private static readonly DateTimeOffset PostedAt = new(2026, 5, 6, 17, 0, 0, TimeSpan.Zero);
    private readonly Project project = RequestBuilder.LargeProject();

    [Fact]
    public void An_approval_debits_the_request_s_payable_and_credits_the_project_s_funds_on_the_china_date()
    {
        var request = new RequestBuilder(project).WithAmount(12_345.67m).In(RequestStatus.Submitted).Build();
        request.ApproveAs(project, RequestBuilder.Clerk, PostedAt); // 01:00 on 7 May in China

        var entry = DisbursementPostings.Approval(request, PostedAt, "clerk");

        AssertPosting(entry, JournalKind.DisbursementApproved, Money.FromYuan(12_345.67m), debited: "request:42:payable", credited: "project:5:funds");
        Assert.Equal(new DateOnly(2026, 5, 7), entry.BookedOn);
        Assert.Equal("县路桥工程有限公司 文化广场硬化进度款", entry.Description);
        Assert.Equal((PostedAt, "clerk"), (entry.PostedAt, entry.PostedBy));
    }

    [Fact]
    public void A_payment_debits_the_request_s_paid_and_credits_its_payable_on_the_payment_day()
    {
        var request = new RequestBuilder(project).WithAmount(120_000).In(RequestStatus.Paid).Build();
        var at = new DateTimeOffset(2026, 5, 8, 1, 0, 0, TimeSpan.Zero);

        var entry = DisbursementPostings.Payment(request, at, "clerk");

        AssertPosting(entry, JournalKind.Payment, Money.FromYuan(120_000), debited: "request:42:paid", credited: "request:42:payable");
        Assert.Equal(RequestBuilder.PaidOn, entry.BookedOn);
        Assert.Equal("县路桥工程有限公司 ABC20260507000123", entry.Description);
        Assert.Equal((at, "clerk"), (entry.PostedAt, entry.PostedBy));
    }

    [Fact]
    public void After_approval_and_payment_the_payable_is_cleared_and_the_project_s_funds_are_down_by_the_amount()
    {
        var request = new RequestBuilder(project).WithAmount(30_000).In(RequestStatus.Paid).Build();

        var lines = new[] { DisbursementPostings.Approval(request, PostedAt, "clerk"), DisbursementPostings.Payment(request, PostedAt, "clerk") }
            .SelectMany(e => e.Lines).GroupBy(l => l.Account).ToDictionary(g => g.Key, g => g.Sum(l => l.Debit.Fen - l.Credit.Fen));

        Assert.Equal(0, lines["request:42:payable"]);
        Assert.Equal(3_000_000, lines["request:42:paid"]);
        Assert.Equal(-3_000_000, lines["project:5:funds"]);
    }

    private static void AssertPosting(JournalEntry entry, JournalKind kind, Money amount, string debited, string credited)
    {
        Assert.Equal(kind, entry.Kind);
        Assert.Equal("disbursement:42", entry.Source);
        Assert.Equal([(debited, amount, Money.Zero), (credited, Money.Zero, amount)], entry.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
        Assert.Equal(entry.Lines.Sum(l => l.Debit.Fen), entry.Lines.Sum(l => l.Credit.Fen));
        Assert.Equal(amount, entry.Total);
    }
}

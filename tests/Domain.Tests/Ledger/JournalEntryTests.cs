using Grants.Domain.Ledger;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Ledger;

public sealed class JournalEntryTests
{
    private static readonly LedgerAccount Pool = LedgerAccount.PoolAvailable(1);
    private static readonly LedgerAccount Reserved = LedgerAccount.PoolReserved(1);
    private static readonly LedgerAccount Province = LedgerAccount.Source(FundingLevel.Province, 2026);
    private static readonly DateOnly BookedOn = new(2026, 3, 1);
    private static readonly DateTimeOffset PostedAt = new(2026, 3, 2, 8, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_balanced_posting_is_accepted_with_its_lines_and_total()
    {
        var entry = Post(
            JournalLine.Debiting(Pool, Yuan(100)),
            JournalLine.Crediting(Province, Yuan(60)),
            JournalLine.Crediting(LedgerAccount.Source(FundingLevel.County, 2026), Yuan(40)));

        Assert.Equal(JournalKind.PoolReceipt, entry.Kind);
        Assert.Equal(BookedOn, entry.BookedOn);
        Assert.Equal("pool-receipt:7", entry.Source);
        Assert.Equal("clerk", entry.PostedBy);
        Assert.Equal(PostedAt, entry.PostedAt);
        Assert.Null(entry.ReversesEntryId);
        Assert.Equal(3, entry.Lines.Count);
        Assert.Equal(Yuan(100), entry.Total);
        Assert.Equal(["pool:1:available", "source:province:2026", "source:county:2026"], entry.Lines.Select(l => l.Account));
    }

    [Fact]
    public void An_unbalanced_posting_is_refused_naming_both_sides()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Post(
            JournalLine.Debiting(Pool, Yuan(100)),
            JournalLine.Crediting(Province, Money.FromYuan(99.99m))));

        Assert.Equal("Rule.JournalUnbalanced", refused.Code);
        Assert.Equal(["¥100.00", "¥99.99"], refused.Arguments);
    }

    [Fact]
    public void A_posting_of_one_line_or_none_is_refused()
    {
        Assert.Equal("Rule.JournalNeedsTwoLines", Assert.Throws<DomainRuleException>(() => Post(JournalLine.Debiting(Pool, Yuan(1)))).Code);
        Assert.Equal("Rule.JournalNeedsTwoLines", Assert.Throws<DomainRuleException>(() => Post()).Code);
    }

    [Fact]
    public void A_line_with_both_a_debit_and_a_credit_or_with_neither_is_refused()
    {
        Assert.Equal("Rule.JournalLineOneSided", Assert.Throws<DomainRuleException>(() => new JournalLine(Pool, Yuan(5), Yuan(5))).Code);
        Assert.Equal("Rule.JournalLineOneSided", Assert.Throws<DomainRuleException>(() => new JournalLine(Pool, Money.Zero, Money.Zero)).Code);
        Assert.Equal("Rule.JournalLineOneSided", Assert.Throws<DomainRuleException>(() => JournalLine.Debiting(Pool, Money.Zero)).Code);
    }

    [Fact]
    public void A_line_with_a_negative_amount_is_refused()
    {
        Assert.Equal("Rule.JournalLineOneSided", Assert.Throws<DomainRuleException>(() => JournalLine.Debiting(Pool, Yuan(-5))).Code);
        Assert.Equal("Rule.JournalLineOneSided", Assert.Throws<DomainRuleException>(() => JournalLine.Crediting(Pool, Yuan(-5))).Code);
        Assert.Equal("Rule.JournalLineOneSided", Assert.Throws<DomainRuleException>(() => new JournalLine(Pool, Yuan(10), Yuan(-10))).Code);
    }

    [Fact]
    public void Reversing_swaps_debits_and_credits_and_names_the_original_entry()
    {
        var original = Post(JournalLine.Debiting(Reserved, Yuan(30)), JournalLine.Crediting(Pool, Yuan(30))).AsSaved(42);
        var at = PostedAt.AddDays(1);

        var reversal = original.Reverse("误录冲销", new DateOnly(2026, 3, 3), at, "approver");

        Assert.Equal(JournalKind.Reversal, reversal.Kind);
        Assert.Equal(42, reversal.ReversesEntryId);
        Assert.Equal("reversal:42", reversal.Source);
        Assert.Equal("误录冲销", reversal.Description);
        Assert.Equal(new DateOnly(2026, 3, 3), reversal.BookedOn);
        Assert.Equal("approver", reversal.PostedBy);
        Assert.Equal(at, reversal.PostedAt);
        Assert.Equal(
            [("pool:1:reserved", Money.Zero, Yuan(30)), ("pool:1:available", Yuan(30), Money.Zero)],
            reversal.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
        Assert.Equal(reversal.Lines.Sum(l => l.Debit.Fen), reversal.Lines.Sum(l => l.Credit.Fen));
        Assert.Equal(("pool:1:reserved", Yuan(30), Money.Zero), (original.Lines[0].Account, original.Lines[0].Debit, original.Lines[0].Credit));
    }

    [Fact]
    public void An_entry_that_was_never_saved_cannot_be_reversed()
    {
        var unsaved = Post(JournalLine.Debiting(Pool, Yuan(1)), JournalLine.Crediting(Province, Yuan(1)));

        Assert.Throws<InvalidOperationException>(() => unsaved.Reverse("误录", BookedOn, PostedAt, "clerk"));
    }

    [Fact]
    public void Account_codes_say_what_they_belong_to_and_which_side_is_normal()
    {
        Assert.Equal("project:9:funds", LedgerAccount.ProjectFunds(9).Code);
        Assert.Equal("source:department:2027", LedgerAccount.Source(FundingLevel.Department, 2027).ToString());
        Assert.True(Pool.IsDebitNormal);
        Assert.True(LedgerAccount.ProjectFunds(9).IsDebitNormal);
        Assert.False(Province.IsDebitNormal);
    }

    private static JournalEntry Post(params JournalLine[] lines) =>
        JournalEntry.Post(JournalKind.PoolReceipt, BookedOn, "鄂财农发〔2026〕12号", "pool-receipt:7", PostedAt, "clerk", lines);

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);
}

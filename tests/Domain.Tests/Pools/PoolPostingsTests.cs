using Grants.Domain.Ledger;
using Grants.Domain.Pools;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Pools;

/// <summary>Each movement's entry balances and moves exactly the movement's amount between the right accounts.</summary>
public sealed class PoolPostingsTests
{
    private static readonly DateTimeOffset At = new(2026, 5, 6, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_receipt_debits_the_pool_and_credits_its_source_level()
    {
        var pool = new PoolBuilder().SavedAs(1).Build();
        var receipt = pool.RecordReceipt(FundingLevel.Province, "农村人居环境整治", "鄂财农发〔2026〕12号", new DateOnly(2026, 3, 1), Yuan(1_000_000)).AsSaved(7);

        var entry = PoolPostings.Receipt(receipt, At, "clerk");

        AssertPosting(entry, JournalKind.PoolReceipt, "pool-receipt:7", Yuan(1_000_000), debited: "pool:1:available", credited: "source:province:2026");
        Assert.Equal(new DateOnly(2026, 3, 1), entry.BookedOn);
        Assert.Equal("鄂财农发〔2026〕12号 农村人居环境整治", entry.Description);
        Assert.Equal((At, "clerk"), (entry.PostedAt, entry.PostedBy));
    }

    [Fact]
    public void An_allocation_debits_the_project_s_funds_and_credits_the_pool()
    {
        var pool = new PoolBuilder().SavedAs(1).WithReceipt(1000).Build();
        var allocation = pool.Allocate(projectId: 5, Money.FromYuan(333.33m), new DateOnly(2026, 4, 1), "村内道路硬化").AsSaved(8);

        var entry = PoolPostings.Allocation(allocation, At, "clerk");

        AssertPosting(entry, JournalKind.Allocation, "pool-allocation:8", Money.FromYuan(333.33m), debited: "project:5:funds", credited: "pool:1:available");
        Assert.Equal(new DateOnly(2026, 4, 1), entry.BookedOn);
    }

    [Fact]
    public void A_reservation_moves_money_from_the_pool_s_available_to_its_reserved_account()
    {
        var pool = new PoolBuilder().SavedAs(1).WithReceipt(1000).Build();
        var on = new DateOnly(2026, 4, 2);
        pool.Reserve(Yuan(250), on);

        var entry = PoolPostings.Reservation(pool, Yuan(250), on, At, "clerk");

        AssertPosting(entry, JournalKind.Reservation, "pool:1", Yuan(250), debited: "pool:1:reserved", credited: "pool:1:available");
        Assert.Equal(on, entry.BookedOn);
    }

    [Fact]
    public void A_carry_forward_debits_next_year_s_pool_and_credits_the_old_one_on_new_year_s_day()
    {
        var pool = new PoolBuilder().SavedAs(1).WithReceipt(1000).WithAllocation(400).Build();
        var next = new PoolBuilder().ForYear(2027).SavedAs(2).Build();
        var carried = pool.CarryForwardTo(next);

        var entry = PoolPostings.CarryForward(pool, next, carried, At, "clerk");

        AssertPosting(entry, JournalKind.CarryForward, "pool:1", Yuan(600), debited: "pool:2:available", credited: "pool:1:available");
        Assert.Equal(new DateOnly(2027, 1, 1), entry.BookedOn);
    }

    private static void AssertPosting(JournalEntry entry, JournalKind kind, string source, Money amount, string debited, string credited)
    {
        Assert.Equal(kind, entry.Kind);
        Assert.Equal(source, entry.Source);
        Assert.Equal([(debited, amount, Money.Zero), (credited, Money.Zero, amount)], entry.Lines.Select(l => (l.Account, l.Debit, l.Credit)));
        Assert.Equal(entry.Lines.Sum(l => l.Debit.Fen), entry.Lines.Sum(l => l.Credit.Fen));
        Assert.Equal(amount, entry.Total);
    }

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);
}

using Grants.Domain.Ledger;
using Grants.Domain.Pools;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Pools;

public sealed class CarryForwardTests
{
    private static readonly DateOnly InYear = new(2026, 12, 1);

    [Fact]
    public void Carrying_forward_moves_the_available_balance_into_next_year_s_pool()
    {
        var pool = new PoolBuilder().SavedAs(1).WithReceipt(1000).WithAllocation(300).WithReservation(200).Build();
        var next = new PoolBuilder().ForYear(2027).SavedAs(2).WithReceipt(50).Build();

        var carried = pool.CarryForwardTo(next);

        Assert.Equal(Yuan(500), carried);
        Assert.Equal(Yuan(500), pool.CarriedOut);
        Assert.Equal(Money.Zero, pool.Available);
        Assert.Equal(Yuan(200), pool.Reserved);
        Assert.Equal(Yuan(500), next.CarriedIn);
        Assert.Equal(Yuan(550), next.Available);
    }

    [Fact]
    public void Carrying_forward_closes_the_old_pool_and_bumps_both_versions()
    {
        var pool = new PoolBuilder().SavedAs(1).WithReceipt(1000).Build();
        var next = new PoolBuilder().ForYear(2027).SavedAs(2).Build();

        pool.CarryForwardTo(next);

        Assert.True(pool.IsClosed);
        Assert.Equal(2, pool.CarriedForwardToPoolId);
        Assert.Equal(2, pool.Version);
        Assert.Equal(1, next.Version);
        Assert.False(next.IsClosed);
    }

    [Fact]
    public void A_closed_pool_takes_no_further_movements()
    {
        var pool = new PoolBuilder().SavedAs(1).WithReceipt(1000).Build();
        var next = new PoolBuilder().ForYear(2027).SavedAs(2).Build();
        pool.CarryForwardTo(next);

        Assert.All(
            new Action[]
            {
                () => pool.RecordReceipt(FundingLevel.Province, "菜单", "文号", InYear, Yuan(1)),
                () => pool.Allocate(5, Yuan(1), InYear, "道路"),
                () => pool.Reserve(Yuan(1), InYear),
                () => pool.CarryForwardTo(next),
            },
            move => Assert.Equal("Rule.PoolClosed", Assert.Throws<DomainRuleException>(move).Code));
        Assert.Equal(2, pool.Version);
        Assert.Equal(Yuan(1000), next.Available);
    }

    [Fact]
    public void Nothing_can_be_carried_into_a_closed_pool()
    {
        var pool = new PoolBuilder().SavedAs(1).WithReceipt(1000).Build();
        var closed = new PoolBuilder().ForYear(2027).SavedAs(2).Build();
        closed.CarryForwardTo(new PoolBuilder().ForYear(2028).SavedAs(3).Build());

        Assert.Equal("Rule.PoolClosed", Assert.Throws<DomainRuleException>(() => pool.CarryForwardTo(closed)).Code);
        Assert.False(pool.IsClosed);
    }

    [Theory]
    [InlineData(2028)]
    [InlineData(2026)]
    [InlineData(2025)]
    public void Carrying_forward_into_any_year_but_the_next_is_refused(int year)
    {
        var pool = new PoolBuilder().SavedAs(1).WithReceipt(1000).Build();
        var other = new PoolBuilder().ForYear(year).SavedAs(2).Build();

        var refused = Assert.Throws<DomainRuleException>(() => pool.CarryForwardTo(other));

        Assert.Equal("Rule.CarryForwardNextYearOnly", refused.Code);
        Assert.Equal([2027], refused.Arguments);
        AssertUntouched(pool, other);
    }

    [Fact]
    public void Carrying_forward_into_a_pool_not_yet_saved_is_refused()
    {
        var pool = new PoolBuilder().SavedAs(1).WithReceipt(1000).Build();
        var unsaved = new PoolBuilder().ForYear(2027).Build();

        Assert.Equal("Rule.CarryForwardNextYearOnly", Assert.Throws<DomainRuleException>(() => pool.CarryForwardTo(unsaved)).Code);
        AssertUntouched(pool, unsaved);
    }

    private static void AssertUntouched(FundingPool pool, FundingPool other)
    {
        Assert.False(pool.IsClosed);
        Assert.Equal(Yuan(1000), pool.Available);
        Assert.Equal(Money.Zero, other.CarriedIn);
        Assert.Equal(0, other.Version);
    }

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);
}

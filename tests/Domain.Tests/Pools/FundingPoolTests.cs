using Grants.Domain.Ledger;
using Grants.Domain.Pools;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Pools;

public sealed class FundingPoolTests
{
    private static readonly DateOnly InYear = new(2026, 6, 30);

    [Fact]
    public void A_new_pool_is_empty_open_and_unversioned()
    {
        var pool = new FundingPool(2026, " 2026年以奖代补资金池 ");

        Assert.Equal("2026年以奖代补资金池", pool.Name);
        Assert.Equal(Money.Zero, pool.Available);
        Assert.Equal(0, pool.Version);
        Assert.False(pool.IsClosed);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2101)]
    public void A_pool_for_an_implausible_fiscal_year_is_refused(int year) =>
        Assert.Equal("Rule.FiscalYearInvalid", Assert.Throws<DomainRuleException>(() => new FundingPool(year, "资金池")).Code);

    [Fact]
    public void A_receipt_increases_received_and_available_and_is_kept_with_its_source()
    {
        var pool = new PoolBuilder().Build();

        var receipt = pool.RecordReceipt(FundingLevel.City, " 农村人居环境整治 ", "鄂财农发〔2026〕12号", InYear, Yuan(1_000_000));

        Assert.Equal(Yuan(1_000_000), pool.Received);
        Assert.Equal(Yuan(1_000_000), pool.Available);
        Assert.Equal([receipt], pool.Receipts);
        Assert.Equal((FundingLevel.City, "农村人居环境整治", InYear), (receipt.Level, receipt.CatalogueLine, receipt.ReceivedOn));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_receipt_of_nothing_or_less_is_refused(decimal yuan)
    {
        var pool = new PoolBuilder().Build();

        var refused = Assert.Throws<DomainRuleException>(() => pool.RecordReceipt(FundingLevel.County, "菜单", "文号", InYear, Yuan(yuan)));

        Assert.Equal("Rule.AmountMustBePositive", refused.Code);
        Assert.Empty(pool.Receipts);
    }

    [Fact]
    public void An_allocation_reduces_available_and_records_the_project()
    {
        var pool = new PoolBuilder().WithReceipt(1000).Build();

        var allocation = pool.Allocate(projectId: 5, Yuan(300), InYear, "村内道路硬化");

        Assert.Equal(Yuan(300), pool.Allocated);
        Assert.Equal(Yuan(700), pool.Available);
        Assert.Equal([allocation], pool.Allocations);
        Assert.Equal((5, Yuan(300), "村内道路硬化"), (allocation.ProjectId, allocation.Amount, allocation.Purpose));
    }

    [Fact]
    public void Allocating_exactly_what_is_available_leaves_nothing()
    {
        var pool = new PoolBuilder().WithReceipt(1000).WithReservation(200).Build();

        pool.Allocate(5, Yuan(800), InYear, "村内道路硬化");

        Assert.Equal(Money.Zero, pool.Available);
    }

    [Fact]
    public void Allocating_more_than_available_is_refused_and_nothing_changes()
    {
        var pool = new PoolBuilder().WithReceipt(1000).WithAllocation(400).Build();
        var version = pool.Version;

        var refused = Assert.Throws<DomainRuleException>(() => pool.Allocate(5, Money.FromYuan(600.01m), InYear, "村内道路硬化"));

        Assert.Equal("Rule.PoolInsufficient", refused.Code);
        Assert.Equal(["¥600.01", "¥600.00"], refused.Arguments);
        Assert.Equal(Yuan(600), pool.Available);
        Assert.Single(pool.Allocations);
        Assert.Equal(version, pool.Version);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void Allocating_or_reserving_nothing_or_less_is_refused(decimal yuan)
    {
        var pool = new PoolBuilder().WithReceipt(1000).Build();

        Assert.Equal("Rule.AmountMustBePositive", Assert.Throws<DomainRuleException>(() => pool.Allocate(5, Yuan(yuan), InYear, "道路")).Code);
        Assert.Equal("Rule.AmountMustBePositive", Assert.Throws<DomainRuleException>(() => pool.Reserve(Yuan(yuan), InYear)).Code);
        Assert.Equal(Yuan(1000), pool.Available);
    }

    [Fact]
    public void An_allocation_without_a_project_is_refused_and_nothing_changes()
    {
        var pool = new PoolBuilder().WithReceipt(1000).Build();

        Assert.Equal("Rule.ProjectRequired", Assert.Throws<DomainRuleException>(() => pool.Allocate(0, Yuan(10), InYear, "道路")).Code);
        Assert.Equal(Yuan(1000), pool.Available);
        Assert.Empty(pool.Allocations);
    }

    [Fact]
    public void A_reservation_leaves_available_but_stays_in_the_pool()
    {
        var pool = new PoolBuilder().WithReceipt(1000).Build();

        pool.Reserve(Yuan(250), InYear);

        Assert.Equal(Yuan(250), pool.Reserved);
        Assert.Equal(Yuan(750), pool.Available);
        Assert.Equal(Yuan(1000), pool.Received);
    }

    [Fact]
    public void Reserving_more_than_available_is_refused()
    {
        var pool = new PoolBuilder().WithReceipt(1000).WithAllocation(900).Build();

        Assert.Equal("Rule.PoolInsufficient", Assert.Throws<DomainRuleException>(() => pool.Reserve(Yuan(101), InYear)).Code);
        Assert.Equal(Money.Zero, pool.Reserved);
    }

    [Theory]
    [InlineData(2025, 12, 31)]
    [InlineData(2027, 1, 1)]
    public void Movements_dated_outside_the_fiscal_year_are_refused(int year, int month, int day)
    {
        var pool = new PoolBuilder().WithReceipt(1000).Build();
        var outside = new DateOnly(year, month, day);

        Assert.Equal("Rule.DateOutsideFiscalYear", Assert.Throws<DomainRuleException>(() => pool.RecordReceipt(FundingLevel.Province, "菜单", "文号", outside, Yuan(1))).Code);
        Assert.Equal("Rule.DateOutsideFiscalYear", Assert.Throws<DomainRuleException>(() => pool.Allocate(5, Yuan(1), outside, "道路")).Code);
        Assert.Equal("Rule.DateOutsideFiscalYear", Assert.Throws<DomainRuleException>(() => pool.Reserve(Yuan(1), outside)).Code);
        Assert.Equal(Yuan(1000), pool.Available);
    }

    [Fact]
    public void Every_movement_bumps_the_version_and_a_refused_one_does_not()
    {
        var pool = new PoolBuilder().Build();

        pool.RecordReceipt(FundingLevel.Province, "菜单", "文号", InYear, Yuan(100));
        Assert.Equal(1, pool.Version);
        pool.Allocate(5, Yuan(10), InYear, "道路");
        Assert.Equal(2, pool.Version);
        pool.Reserve(Yuan(10), InYear);
        Assert.Equal(3, pool.Version);
        Assert.Throws<DomainRuleException>(() => pool.Reserve(Yuan(1000), InYear));
        Assert.Equal(3, pool.Version);
    }

    private static Money Yuan(decimal yuan) => Money.FromYuan(yuan);
}

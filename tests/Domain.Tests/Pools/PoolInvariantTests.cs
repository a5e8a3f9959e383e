using Grants.Domain.Ledger;
using Grants.Domain.Pools;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Pools;

/// <summary>
/// Random sequences of valid and invalid movements over a chain of yearly pools. A simple model predicts which
/// movements the pool must accept; after every attempt the pool's figures must agree with the model, Available must
/// equal its formula and never be negative, and the version must move exactly when a movement was accepted.
/// </summary>
public sealed class PoolInvariantTests
{
    private const int FirstYear = 2026;

    [Fact]
    public void Available_never_goes_negative_and_always_equals_its_formula_under_random_movements()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var pool = new PoolBuilder().ForYear(FirstYear).SavedAs(1).Build();
            for (var step = 0; step < 60; step++)
            {
                var replay = $"replay with seed {seed}, step {step}";
                var before = Snapshot.Of(pool);
                var amount = RandomAmount(random, pool.Available);
                var date = random.Next(8) == 0 ? new DateOnly(pool.FiscalYear + 1, 1, 1) : new DateOnly(pool.FiscalYear, random.Next(1, 13), 28);
                var inYear = date.Year == pool.FiscalYear;
                var (accepted, expected) = random.Next(9) switch
                {
                    < 4 => (Try(() => pool.RecordReceipt(FundingLevel.County, "菜单", "文号", date, amount)), inYear && amount.IsPositive),
                    < 7 => (Try(() => pool.Allocate(random.Next(1, 9), amount, date, "道路")), inYear && amount.IsPositive && amount <= before.Available),
                    _ => (Try(() => pool.Reserve(amount, date)), inYear && amount.IsPositive && amount <= before.Available),
                };

                Assert.True(accepted == expected, $"accepted {accepted}, expected {expected}: {amount} on {date:yyyy-MM-dd}; {replay}");
                AssertInvariants(pool, replay);
                Assert.True(pool.Version == before.Version + (accepted ? 1 : 0), replay);
                if (!accepted)
                {
                    Assert.True(Snapshot.Of(pool) == before, $"a refused movement changed the pool; {replay}");
                }

                if (random.Next(20) == 0)
                {
                    pool = CarryForward(pool, replay);
                }
            }
        }
    }

    private static FundingPool CarryForward(FundingPool pool, string replay)
    {
        var balance = pool.Available;
        var next = new PoolBuilder().ForYear(pool.FiscalYear + 1).SavedAs(pool.Id + 1).Build();

        Assert.True(pool.CarryForwardTo(next) == balance, replay);

        AssertInvariants(pool, replay);
        AssertInvariants(next, replay);
        Assert.True(pool.Available.IsZero && next.Available == balance, replay);
        Assert.True(!Try(() => pool.Reserve(Money.FromFen(1), new DateOnly(pool.FiscalYear, 6, 1))), $"a closed pool took a movement; {replay}");
        return next;
    }

    private static void AssertInvariants(FundingPool pool, string replay)
    {
        Assert.True(pool.Available == pool.Received + pool.CarriedIn - pool.Allocated - pool.Reserved - pool.CarriedOut, replay);
        Assert.False(pool.Available.IsNegative, $"available is {pool.Available}; {replay}");
        Assert.True(pool.Received == pool.Receipts.Aggregate(Money.Zero, (sum, r) => sum + r.Amount), replay);
        Assert.True(pool.Allocated == pool.Allocations.Aggregate(Money.Zero, (sum, a) => sum + a.Amount), replay);
    }

    // Mostly plausible amounts, with zeros, negatives and just-over-available amounts mixed in.
    private static Money RandomAmount(Random random, Money available) => random.Next(10) switch
    {
        0 => Money.Zero,
        1 => Money.FromFen(-random.NextInt64(1, 100_000)),
        2 => available + Money.FromFen(1),
        3 => available,
        _ => Money.FromFen(random.NextInt64(1, 100_000_000)),
    };

    private static bool Try(Action movement)
    {
        try
        {
            movement();
            return true;
        }
        catch (DomainRuleException)
        {
            return false;
        }
    }

    private readonly record struct Snapshot(Money Received, Money CarriedIn, Money Allocated, Money Reserved, Money CarriedOut, Money Available, int Version, int Receipts, int Allocations)
    {
        public static Snapshot Of(FundingPool pool) => new(
            pool.Received, pool.CarriedIn, pool.Allocated, pool.Reserved, pool.CarriedOut, pool.Available, pool.Version, pool.Receipts.Count, pool.Allocations.Count);
    }
}

using Grants.Domain.Ledger;
using Grants.Domain.Pools;

namespace Grants.Domain.Tests.Builders;

/// <summary>A funding pool with the movements a test needs, each dated inside the pool's fiscal year.</summary>
public sealed class PoolBuilder
{
    private readonly List<Action<FundingPool>> movements = [];
    private int fiscalYear = 2026;
    private int id;

    public PoolBuilder ForYear(int year)
    {
        fiscalYear = year;
        return this;
    }

    /// <summary>Gives the pool the Id the database would have; see <see cref="Saved"/>.</summary>
    public PoolBuilder SavedAs(int poolId)
    {
        id = poolId;
        return this;
    }

    public PoolBuilder WithReceipt(decimal yuan, FundingLevel level = FundingLevel.Province)
    {
        movements.Add(pool => pool.RecordReceipt(level, "农村人居环境整治", "鄂财农发〔2026〕12号", InYear(3, 1), Money.FromYuan(yuan)));
        return this;
    }

    public PoolBuilder WithAllocation(decimal yuan, int projectId = 1)
    {
        movements.Add(pool => pool.Allocate(projectId, Money.FromYuan(yuan), InYear(4, 1), "村内道路硬化"));
        return this;
    }

    public PoolBuilder WithReservation(decimal yuan)
    {
        movements.Add(pool => pool.Reserve(Money.FromYuan(yuan), InYear(4, 2)));
        return this;
    }

    public FundingPool Build()
    {
        var pool = new FundingPool(fiscalYear, $"{fiscalYear}年以奖代补资金池");
        if (id != 0)
        {
            pool.AsSaved(id);
        }

        movements.ForEach(move => move(pool));
        return pool;
    }

    private DateOnly InYear(int month, int day) => new(fiscalYear, month, day);
}

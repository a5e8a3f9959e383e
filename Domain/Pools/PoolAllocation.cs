namespace Grants.Domain.Pools;

/// <summary>Integrated funds moved from a pool to a project's budget.</summary>
public sealed class PoolAllocation
{
    private PoolAllocation() { }

    internal PoolAllocation(FundingPool pool, int projectId, Money amount, DateOnly allocatedOn, string purpose)
    {
        if (projectId <= 0)
        {
            throw new DomainRuleException("Rule.ProjectRequired");
        }

        Pool = pool;
        PoolId = pool.Id; // EF would set it only on save; a posting built before that must still name the pool's account.
        ProjectId = projectId;
        Amount = amount;
        AllocatedOn = allocatedOn;
        Purpose = Text.Require(purpose, "Allocation.Purpose", 200);
    }

    public int Id { get; private set; }

    public int PoolId { get; private set; }

    public FundingPool Pool { get; private set; } = null!;

    public int ProjectId { get; private set; }

    public Money Amount { get; private set; }

    public DateOnly AllocatedOn { get; private set; }

    public string Purpose { get; private set; } = "";
}

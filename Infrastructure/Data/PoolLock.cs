using Grants.Domain.Pools;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Data;

public static class PoolLock
{
    /// <summary>
    /// The first statement of every movement: a no-op UPDATE of the pool's row. It takes the row lock on PostgreSQL
    /// (and the write lock on SQLite, if the transaction has not already), so concurrent movements of one pool queue
    /// here and each then reads the balance its predecessor committed. False when there is no such pool.
    /// </summary>
    public static async Task<bool> TakeAsync(GrantsDbContext db, int poolId, CancellationToken ct) =>
        await db.Pools.Where(p => p.Id == poolId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Version, p => p.Version), ct) == 1;

    /// <summary>Locks the pool, then loads it tracked. The page checked that the pool exists; pools are never deleted.</summary>
    public static async Task<FundingPool> LoadLockedAsync(GrantsDbContext db, int poolId, CancellationToken ct) =>
        await TakeAsync(db, poolId, ct)
            ? await db.Pools.SingleAsync(p => p.Id == poolId, ct)
            : throw new InvalidOperationException($"There is no pool {poolId}.");
}

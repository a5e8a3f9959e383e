using Grants.Domain.Assessment;
using Grants.Domain.Pools;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>The pool a quarter's awards are paid from: the quarter's fiscal year's open pool with the most left in its reserve.</summary>
internal static class AwardPool
{
    public static async Task<FundingPool> FindAsync(GrantsDbContext db, Quarter quarter, CancellationToken ct)
    {
        var pools = await db.Pools.Where(p => p.FiscalYear == quarter.Year && p.CarriedForwardToPoolId == null).ToListAsync(ct);
        return pools.OrderByDescending(p => p.ReserveBalance).ThenBy(p => p.Id).FirstOrDefault()
            ?? throw new Domain.DomainRuleException("Rule.Settlement.NoAwardPool", quarter.Year);
    }
}

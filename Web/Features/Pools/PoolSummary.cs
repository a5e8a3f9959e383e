using Grants.Domain;
using Grants.Domain.Pools;
using Grants.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Pools;

/// <summary>A pool's figures as every pool page prints them; Available comes from the domain, never recomputed here.</summary>
public sealed record PoolSummary(
    int Id, int FiscalYear, string Name, Money Received, Money CarriedIn, Money Allocated, Money Reserved, Money CarriedOut, Money Available,
    int? CarriedForwardToPoolId)
{
    public bool IsClosed => CarriedForwardToPoolId is not null;

    public static PoolSummary Of(FundingPool pool) => new(
        pool.Id, pool.FiscalYear, pool.Name, pool.Received, pool.CarriedIn, pool.Allocated, pool.Reserved, pool.CarriedOut, pool.Available,
        pool.CarriedForwardToPoolId);

    public static async Task<PoolSummary?> LoadAsync(GrantsDbContext db, int id, CancellationToken ct) =>
        await db.Pools.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is { } pool ? Of(pool) : null;
}

/// <summary>A form that moves a pool's money; it shows the pool's figures, read from the database, never from the request.</summary>
public abstract class PoolForm
{
    [BindNever, ValidateNever]
    public PoolSummary Pool { get; set; } = null!;

    /// <summary>Fills the pool's figures; false when there is no such pool.</summary>
    public async Task<bool> ShowPoolAsync(GrantsDbContext db, int poolId, CancellationToken ct)
    {
        if (await PoolSummary.LoadAsync(db, poolId, ct) is not { } pool)
        {
            return false;
        }

        Pool = pool;
        return true;
    }
}

using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Pools;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Pools;

public sealed record NextPoolOption(int Id, string Name);

/// <summary>结转结余: what is still available moves into a pool of the next year, and this pool closes.</summary>
public sealed class CarryForwardForm : PoolForm
{
    [Display(Name = "Pools.NextPool")]
    [Required(ErrorMessage = "Validation.Required")]
    public int? NextPoolId { get; set; }

    [BindNever, ValidateNever]
    public IReadOnlyList<NextPoolOption> NextPools { get; set; } = [];
}

public sealed record CarriedForward(Money Amount, string NextPoolName);

public sealed class CarryForwardHandler(GrantsDbContext db, TimeProvider clock, ICurrentUser user)
{
    public async Task<CarryForwardForm?> NewAsync(int poolId, CancellationToken ct)
    {
        var form = new CarryForwardForm();
        return await PrepareAsync(poolId, form, ct) ? form : null;
    }

    /// <summary>Fills the pool's figures and the open pools of the next year; false when there is no such pool.</summary>
    public async Task<bool> PrepareAsync(int poolId, CarryForwardForm form, CancellationToken ct)
    {
        if (!await form.ShowPoolAsync(db, poolId, ct))
        {
            return false;
        }

        var nextYear = form.Pool.FiscalYear + 1;
        form.NextPools = await db.Pools.AsNoTracking()
            .Where(p => p.FiscalYear == nextYear && p.CarriedForwardToPoolId == null)
            .OrderBy(p => p.Name)
            .Select(p => new NextPoolOption(p.Id, p.Name))
            .ToListAsync(ct);
        return true;
    }

    public Task<CarriedForward> HandleAsync(int poolId, CarryForwardForm form, CancellationToken ct) => db.InMovementAsync(async ct =>
    {
        var nextId = form.NextPoolId!.Value;
        // Both rows are locked, always the lower id first, so two movements that need the same two pools cannot deadlock.
        foreach (var id in new[] { poolId, nextId }.Distinct().Order())
        {
            if (!await PoolLock.TakeAsync(db, id, ct))
            {
                throw new DomainRuleException("Rule.CarryForwardNextYearOnly", form.Pool.FiscalYear + 1) { Field = nameof(form.NextPoolId) };
            }
        }

        var pool = await db.Pools.SingleAsync(p => p.Id == poolId, ct);
        var next = await db.Pools.SingleAsync(p => p.Id == nextId, ct);
        var balance = pool.CarryForwardTo(next);
        // A pool with nothing left still closes; an entry of zero would not be a movement, so none is posted.
        if (balance.IsPositive)
        {
            db.JournalEntries.Add(PoolPostings.CarryForward(pool, next, balance, clock.GetUtcNow(), user.UserName ?? "system"));
        }

        await db.SaveChangesAsync(ct);
        return new CarriedForward(balance, next.Name);
    }, ct);
}

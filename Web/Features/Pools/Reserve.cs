using System.ComponentModel.DataAnnotations;
using Grants.Domain.Pools;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;

using Grants.Web.Shared;

namespace Grants.Web.Features.Pools;

/// <summary>预留季度奖励: money set aside for the quarterly awards leaves Available but stays in the pool.</summary>
public sealed class ReservationForm : PoolForm
{
    [Display(Name = "Pools.Amount")]
    [Required(ErrorMessage = "Validation.Required")]
    [MoneyAmount]
    public string? Amount { get; set; }

    [Display(Name = "Pools.ReservedOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? ReservedOn { get; set; }
}

public sealed class ReserveHandler(GrantsDbContext db, TimeProvider clock, ICurrentUser user)
{
    public async Task<ReservationForm?> NewAsync(int poolId, CancellationToken ct)
    {
        var form = new ReservationForm();
        if (!await form.ShowPoolAsync(db, poolId, ct))
        {
            return null;
        }

        form.ReservedOn = PoolOptions.DefaultDate(clock, form.Pool.FiscalYear);
        return form;
    }

    /// <summary>Fills the pool's figures; false when there is no such pool.</summary>
    public Task<bool> PrepareAsync(int poolId, ReservationForm form, CancellationToken ct) => form.ShowPoolAsync(db, poolId, ct);

    public Task HandleAsync(int poolId, ReservationForm form, CancellationToken ct) => db.InMovementAsync(async ct =>
    {
        var pool = await PoolLock.LoadLockedAsync(db, poolId, ct);
        var amount = MoneyAmountAttribute.Parse(form.Amount);
        var on = form.ReservedOn!.Value;
        pool.Reserve(amount, on);
        db.JournalEntries.Add(PoolPostings.Reservation(pool, amount, on, clock.GetUtcNow(), user.UserName ?? "system"));
        await db.SaveChangesAsync(ct);
        return amount;
    }, ct);
}

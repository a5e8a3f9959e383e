using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Pools;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

using Grants.Web.Shared;

namespace Grants.Web.Features.Pools;

public sealed record ProjectOption(int Id, string Name, string TownshipName, string CommunityName, Money IntegratedFunds);

/// <summary>分配到项目: integrated funds leave the pool for one project's budget.</summary>
public sealed class AllocationForm : PoolForm
{
    [Display(Name = "Pools.Project")]
    [Required(ErrorMessage = "Validation.Required")]
    public int? ProjectId { get; set; }

    [Display(Name = "Pools.Amount")]
    [Required(ErrorMessage = "Validation.Required")]
    [MoneyAmount]
    public string? Amount { get; set; }

    [Display(Name = "Pools.AllocatedOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? AllocatedOn { get; set; }

    [Display(Name = "Allocation.Purpose")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.StringLength")]
    public string Purpose { get; set; } = "";

    [BindNever, ValidateNever]
    public IReadOnlyList<ProjectOption> Projects { get; set; } = [];

    [BindNever, ValidateNever]
    public string ProjectName { get; set; } = "";
}

public sealed class AllocateHandler(GrantsDbContext db, TimeProvider clock, ICurrentUser user)
{
    public async Task<AllocationForm?> NewAsync(int poolId, CancellationToken ct)
    {
        var form = new AllocationForm();
        if (!await PrepareAsync(poolId, form, ct))
        {
            return null;
        }

        form.AllocatedOn = PoolOptions.DefaultDate(clock, form.Pool.FiscalYear);
        return form;
    }

    /// <summary>Fills the pool's figures and the projects to choose from; false when there is no such pool.</summary>
    public async Task<bool> PrepareAsync(int poolId, AllocationForm form, CancellationToken ct)
    {
        if (!await form.ShowPoolAsync(db, poolId, ct))
        {
            return false;
        }

        // The list is short while projects are few; it becomes a search when the projects feature lands.
        var projects = await (
            from p in db.Projects.AsNoTracking()
            join t in db.Townships on p.TownshipId equals t.Id
            join c in db.Communities on p.CommunityId equals c.Id
            orderby t.Code, c.Name, p.Name
            select new { p.Id, p.Name, Township = t.Name, Community = c.Name, p.IntegratedFunds }).ToListAsync(ct);
        form.Projects = projects.Select(p => new ProjectOption(p.Id, p.Name, p.Township, p.Community, p.IntegratedFunds)).ToList();
        return true;
    }

    public Task HandleAsync(int poolId, AllocationForm form, CancellationToken ct) => db.InMovementAsync(async ct =>
    {
        var pool = await PoolLock.LoadLockedAsync(db, poolId, ct);
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == form.ProjectId, ct)
            ?? throw new DomainRuleException("Rule.ProjectRequired") { Field = nameof(form.ProjectId) };
        var amount = MoneyAmountAttribute.Parse(form.Amount);
        // The pool checks Available first; the project's Version makes a concurrent allocation to it retry.
        var allocation = pool.Allocate(project.Id, amount, form.AllocatedOn!.Value, form.Purpose);
        project.ReceiveAllocation(amount);
        await db.SaveChangesAsync(ct);
        db.JournalEntries.Add(PoolPostings.Allocation(allocation, clock.GetUtcNow(), user.UserName ?? "system"));
        await db.SaveChangesAsync(ct);
        form.ProjectName = project.Name;
        return allocation.Id;
    }, ct);
}

using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Projects;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Projects;

public sealed record ProjectPlace(string TownshipName, string CommunityName, string? UnitName);

public sealed record ReceivedAllocation(int PoolId, int FiscalYear, string PoolName, DateOnly AllocatedOn, Money Amount, string Purpose);

/// <summary>Where the project stands for payments under the default tranche plan.</summary>
public sealed record TrancheStatus(TrancheStage Stage, decimal CapPercent, Money Cap, Money Payable);

/// <summary>A request against the project, as its page lists them: what was asked, from which source, how far it got.</summary>
public sealed record ProjectRequestRow(int Id, string? PayeeName, CashSource? Source, Money Amount, RequestStatus Status);

public sealed record ProjectDetails(
    Project Project, ProjectPlace Place, IReadOnlyList<CoFinancingBreach> Warnings, TrancheStatus Tranche,
    IReadOnlyList<ReceivedAllocation> Allocations, IReadOnlyList<ProjectRequestRow> Requests)
{
    /// <summary>Paid so far from each source (budget vs actual); approved-but-unpaid is the project's Disbursed less this.</summary>
    public Money PaidFrom(CashSource source) => Requests.Where(r => r.Source == source && r.Status == RequestStatus.Paid).Total(r => r.Amount);
}

public sealed class ProjectDetailsQuery(GrantsDbContext db, ProjectRules rules)
{
    /// <summary>The project with its budget lines, or null when there is none in the user's scope.</summary>
    public async Task<ProjectDetails?> LoadAsync(int id, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().WithBudgetLines().SingleOrDefaultAsync(p => p.Id == id, ct);
        if (project is null)
        {
            return null;
        }

        var place = await (
            from c in db.Communities.AsNoTracking()
            join t in db.Townships on c.TownshipId equals t.Id
            where c.Id == project.CommunityId
            select new ProjectPlace(t.Name, c.Name, db.Units.Where(u => u.Id == project.UnitId).Select(u => u.Name).FirstOrDefault()))
            .SingleAsync(ct);
        var allocations = await db.PoolAllocations.AsNoTracking()
            .Where(a => a.ProjectId == id)
            .OrderBy(a => a.AllocatedOn).ThenBy(a => a.Id)
            .Select(a => new ReceivedAllocation(a.PoolId, a.Pool.FiscalYear, a.Pool.Name, a.AllocatedOn, a.Amount, a.Purpose))
            .ToListAsync(ct);
        var plan = rules.Tranches;
        var tranche = new TrancheStatus(
            project.TrancheStage, plan.PercentFor(project.TrancheStage), project.PayableCap(plan), project.Budget.Payable);
        var requests = await db.Requests.AsNoTracking().Where(r => r.ProjectId == id).OrderByDescending(r => r.Id)
            .Select(r => new ProjectRequestRow(r.Id, r.PayeeName, r.Source, r.Amount, r.Status)).ToListAsync(ct);
        return new ProjectDetails(project, place, project.CoFinancingWarnings(rules.CoFinancing), tranche, allocations, requests);
    }
}

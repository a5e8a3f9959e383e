using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Projects;

/// <summary>The project list's query string; Q matches the project's or its community's name.</summary>
public sealed class ProjectFilter : ListQuery
{
    [Display(Name = "Projects.Township")]
    public int? TownshipId { get; set; }

    [Display(Name = "Projects.Status")]
    public ProjectStatus? Status { get; set; }

    [Display(Name = "Project.CatalogueLine")]
    [StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string? Line { get; set; }

    public static readonly string[] Keys = [nameof(TownshipId), nameof(Status), nameof(Line), nameof(Q)];
}

public sealed record ProjectRow
{
    public int Id { get; init; }

    public string Name { get; init; } = "";

    public int TownshipId { get; init; }

    public string TownshipName { get; init; } = "";

    public string CommunityName { get; init; } = "";

    public string CatalogueLine { get; init; } = "";

    public ProjectStatus Status { get; init; }

    public Money IntegratedFunds { get; init; }

    public Money SelfFundingCash { get; init; }

    /// <summary>Filled after paging, from the page's donations and in-kind rows.</summary>
    public Money TotalBudget { get; set; }
}

public sealed record TownshipChoice(int Id, string Name);

public sealed record ProjectList(ProjectFilter Filter, Paged<ProjectRow> Rows, IReadOnlyList<TownshipChoice> Townships);

public sealed class ProjectsQuery(GrantsDbContext db)
{
    private static readonly SortColumns<ProjectRow> Sorts = new SortColumns<ProjectRow>("name")
        .Add("name", r => r.Name)
        .Add("township", r => r.TownshipName)
        .Add("community", r => r.CommunityName)
        .Add("status", r => r.Status)
        .Add("funds", r => r.IntegratedFunds);

    public async Task<ProjectList> ListAsync(ProjectFilter filter, CancellationToken ct)
    {
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.Code).Select(t => new TownshipChoice(t.Id, t.Name)).ToListAsync(ct);
        return new ProjectList(filter, await PageAsync(filter, ct), townships);
    }

    private async Task<Paged<ProjectRow>> PageAsync(ProjectFilter filter, CancellationToken ct)
    {
        filter.Normalize();
        // The query filter on Project (and on Township, Community) confines a township accountant to their own rows.
        var rows =
            from p in db.Projects.AsNoTracking()
            join t in db.Townships on p.TownshipId equals t.Id
            join c in db.Communities on p.CommunityId equals c.Id
            select new ProjectRow
            {
                Id = p.Id, Name = p.Name, TownshipId = p.TownshipId, TownshipName = t.Name, CommunityName = c.Name,
                CatalogueLine = p.CatalogueLine, Status = p.Status, IntegratedFunds = p.IntegratedFunds, SelfFundingCash = p.SelfFundingCash,
            };
        if (filter.TownshipId is { } townshipId)
        {
            rows = rows.Where(r => r.TownshipId == townshipId);
        }

        if (filter.Q is { } q)
        {
            rows = rows.Where(r => r.Name.Contains(q) || r.CommunityName.Contains(q));
        }

        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Line))
        {
            rows = rows.Where(r => r.CatalogueLine == filter.Line);
        }

        var page = await Sorts.Apply(rows, filter).ThenBy(r => r.Id).ToPagedAsync(filter, ct);
        await FillTotalsAsync(page.Items, ct);
        return page;
    }

    /// <summary>Donations and in-kind values of the page's projects only, summed here rather than in SQL.</summary>
    private async Task FillTotalsAsync(IReadOnlyList<ProjectRow> rows, CancellationToken ct)
    {
        var ids = rows.Select(r => r.Id).ToList();
        var donations = await db.Set<Donation>().AsNoTracking().Where(d => ids.Contains(d.ProjectId))
            .Select(d => new { d.ProjectId, d.Amount }).ToListAsync(ct);
        var inKind = await db.Set<InKindContribution>().AsNoTracking().Where(c => ids.Contains(c.ProjectId))
            .Select(c => new { c.ProjectId, Amount = c.Value }).ToListAsync(ct);
        var extras = donations.Concat(inKind).ToLookup(x => x.ProjectId, x => x.Amount);
        foreach (var row in rows)
        {
            row.TotalBudget = extras[row.Id].Aggregate(row.IntegratedFunds + row.SelfFundingCash, (sum, m) => sum + m);
        }
    }
}

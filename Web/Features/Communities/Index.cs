using System.ComponentModel.DataAnnotations;
using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Communities;

/// <summary>The community list's query string. A malformed value binds to null (no filter) and leaves a localized model error.</summary>
public sealed class CommunityFilter : ListQuery
{
    [Display(Name = "Community.Township")]
    public int? TownshipId { get; set; }

    [Display(Name = "Community.Category")]
    public CommunityCategory? Category { get; set; }

    [Display(Name = "Community.IsPilot")]
    public bool? Pilot { get; set; }

    [Display(Name = "Community.Tier")]
    public RolloutTier? Tier { get; set; }

    public static readonly string[] Keys = [nameof(TownshipId), nameof(Category), nameof(Pilot), nameof(Tier)];
}

public sealed record CommunityRow
{
    public int Id { get; init; }

    public string Name { get; init; } = "";

    public int TownshipId { get; init; }

    public string TownshipName { get; init; } = "";

    public CommunityCategory Category { get; init; }

    public bool IsPilot { get; init; }

    public RolloutTier Tier { get; init; }

    public int Units { get; init; }
}

public sealed record TownshipOption(int Id, string Name);

/// <summary>A page of communities; <paramref name="Townships"/> is null inside one township's page (no township column or filter).</summary>
public sealed record CommunityList(CommunityFilter Filter, Paged<CommunityRow> Rows, IReadOnlyList<TownshipOption>? Townships);

public sealed class CommunitiesQuery(GrantsDbContext db)
{
    private static readonly SortColumns<CommunityRow> Sorts = new SortColumns<CommunityRow>("name")
        .Add("name", r => r.Name)
        .Add("township", r => r.TownshipName)
        .Add("category", r => r.Category)
        .Add("pilot", r => r.IsPilot)
        .Add("tier", r => r.Tier)
        .Add("units", r => r.Units);

    public async Task<CommunityList> ListAsync(CommunityFilter filter, CancellationToken ct)
    {
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.Code)
            .Select(t => new TownshipOption(t.Id, t.Name)).ToListAsync(ct);
        return new CommunityList(filter, await PageAsync(filter, ct), townships);
    }

    public async Task<Paged<CommunityRow>> PageAsync(CommunityFilter filter, CancellationToken ct)
    {
        filter.Normalize();
        var rows = Rows(db);
        if (filter.TownshipId is { } townshipId)
        {
            rows = rows.Where(r => r.TownshipId == townshipId);
        }

        if (filter.Q is { } q)
        {
            rows = rows.Where(r => r.Name.Contains(q));
        }

        if (filter.Category is { } category)
        {
            rows = rows.Where(r => r.Category == category);
        }

        if (filter.Pilot is { } pilot)
        {
            rows = rows.Where(r => r.IsPilot == pilot);
        }

        if (filter.Tier is { } tier)
        {
            rows = rows.Where(r => r.Tier == tier);
        }

        return await Sorts.Apply(rows, filter).ThenBy(r => r.Id).ToPagedAsync(filter, ct);
    }

    internal static IQueryable<CommunityRow> Rows(GrantsDbContext db) =>
        from c in db.Communities.AsNoTracking()
        join t in db.Townships on c.TownshipId equals t.Id
        select new CommunityRow
        {
            Id = c.Id,
            Name = c.Name,
            TownshipId = c.TownshipId,
            TownshipName = t.Name,
            Category = c.Category,
            IsPilot = c.IsPilot,
            Tier = c.Tier,
            Units = db.Units.Count(u => u.CommunityId == c.Id),
        };
}

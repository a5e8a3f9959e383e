using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Units;

/// <summary>The community a unit belongs to and its township, for the breadcrumbs.</summary>
public sealed record UnitPlace(int CommunityId, string CommunityName, int TownshipId, string TownshipName)
{
    public static readonly UnitPlace None = new(0, "", 0, "");
}

/// <summary>Where a unit form sits in the tree, shared by adding and editing; null when the community is out of scope.</summary>
public sealed class UnitPlaceQuery(GrantsDbContext db)
{
    public Task<UnitPlace?> OfCommunityAsync(int communityId, CancellationToken ct) =>
        (from c in db.Communities.AsNoTracking()
         join t in db.Townships on c.TownshipId equals t.Id
         where c.Id == communityId
         select new UnitPlace(c.Id, c.Name, t.Id, t.Name)).SingleOrDefaultAsync(ct);
}

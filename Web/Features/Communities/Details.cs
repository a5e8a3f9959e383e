using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Communities;

public sealed record UnitRow(int Id, string Name, UnitKind Kind);

public sealed record CommunityDetails(CommunityRow Community, IReadOnlyList<UnitRow> Units);

/// <summary>A community and its units; another township's community is simply not found (query filter).</summary>
public sealed class CommunityDetailsQuery(GrantsDbContext db)
{
    public async Task<CommunityDetails?> LoadAsync(int id, CancellationToken ct)
    {
        var community = await CommunitiesQuery.Rows(db).SingleOrDefaultAsync(c => c.Id == id, ct);
        if (community is null)
        {
            return null;
        }

        var units = await db.Units.AsNoTracking().Where(u => u.CommunityId == id)
            .OrderBy(u => u.Name).ThenBy(u => u.Id)
            .Select(u => new UnitRow(u.Id, u.Name, u.Kind))
            .ToListAsync(ct);
        return new CommunityDetails(community, units);
    }
}

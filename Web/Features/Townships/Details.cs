using Grants.Infrastructure.Data;
using Grants.Web.Features.Communities;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Townships;

public sealed record TownshipDetails(TownshipRow Township, CommunityList Communities);

/// <summary>A township and a page of its communities. Out of the user's scope means not found, by the query filter.</summary>
public sealed class TownshipDetailsQuery(GrantsDbContext db, CommunitiesQuery communities)
{
    public async Task<TownshipDetails?> LoadAsync(int id, CommunityFilter filter, CancellationToken ct)
    {
        var township = await TownshipsQuery.Rows(db).SingleOrDefaultAsync(t => t.Id == id, ct);
        if (township is null)
        {
            return null;
        }

        filter.TownshipId = id;
        var page = await communities.PageAsync(filter, ct);
        return new TownshipDetails(township, new CommunityList(filter, page, Townships: null));
    }
}

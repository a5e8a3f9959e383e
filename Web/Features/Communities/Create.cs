using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Communities;

public sealed class CreateCommunityHandler(GrantsDbContext db)
{
    /// <summary>An empty form under the township, or null when there is no such township.</summary>
    public async Task<CommunityForm?> NewAsync(int townshipId, CancellationToken ct)
    {
        var form = new CommunityForm();
        return await PrepareAsync(townshipId, form, ct) ? form : null;
    }

    /// <summary>Fills the township the page shows; false when there is no such township in scope.</summary>
    public async Task<bool> PrepareAsync(int townshipId, CommunityForm form, CancellationToken ct)
    {
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == townshipId).Select(t => t.Name).SingleOrDefaultAsync(ct);
        (form.TownshipId, form.TownshipName) = (townshipId, township ?? "");
        return township is not null;
    }

    public async Task HandleAsync(int townshipId, CommunityForm form, CancellationToken ct)
    {
        var name = form.Name.Trim();
        await UniqueCommunity.RequireFreeNameAsync(db, townshipId, name, exceptId: 0, ct);

        var community = new Community(townshipId, name, form.Category!.Value, form.IsPilot, form.Tier!.Value);
        db.Communities.Add(community);
        await db.SaveChangesAsync(ct);
        (form.Id, form.Name) = (community.Id, community.Name);
    }
}

using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Units;

/// <summary>Adds a 自然塆 / 居民小区 / 居民小组 through its community, which refuses a second unit of the same name.</summary>
public sealed class CreateUnitHandler(GrantsDbContext db, UnitPlaceQuery places)
{
    public async Task<UnitForm?> NewAsync(int communityId, CancellationToken ct)
    {
        var form = new UnitForm();
        return await PrepareAsync(communityId, form, ct) ? form : null;
    }

    /// <summary>Fills where the form sits; false when there is no such community in scope.</summary>
    public async Task<bool> PrepareAsync(int communityId, UnitForm form, CancellationToken ct)
    {
        form.Place = await places.OfCommunityAsync(communityId, ct) ?? UnitPlace.None;
        return form.Place != UnitPlace.None;
    }

    public async Task HandleAsync(int communityId, UnitForm form, CancellationToken ct)
    {
        var community = await db.Communities.Include(c => c.Units).SingleAsync(c => c.Id == communityId, ct);
        var unit = community.AddUnit(form.Name, form.Kind!.Value);
        await db.SaveChangesAsync(ct);
        (form.Id, form.Name) = (unit.Id, unit.Name);
    }
}

using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Communities;

/// <summary>Rename, reclassify (category and tier) and set or clear the pilot flag 试点. The township stays.</summary>
public sealed class EditCommunityHandler(GrantsDbContext db)
{
    public async Task<CommunityForm?> LoadAsync(int id, CancellationToken ct)
    {
        var form = await db.Communities.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new CommunityForm { Name = c.Name, Category = c.Category, IsPilot = c.IsPilot, Tier = c.Tier })
            .SingleOrDefaultAsync(ct);
        return form is not null && await PrepareAsync(id, form, ct) ? form : null;
    }

    /// <summary>Fills where the community sits and its saved name; false when there is no such community in scope.</summary>
    public async Task<bool> PrepareAsync(int id, CommunityForm form, CancellationToken ct)
    {
        var stored = await (
            from c in db.Communities.AsNoTracking()
            join t in db.Townships on c.TownshipId equals t.Id
            where c.Id == id
            select new { c.Name, c.TownshipId, TownshipName = t.Name }).SingleOrDefaultAsync(ct);
        if (stored is null)
        {
            return false;
        }

        (form.Id, form.CurrentName, form.TownshipId, form.TownshipName) = (id, stored.Name, stored.TownshipId, stored.TownshipName);
        return true;
    }

    public async Task HandleAsync(int id, CommunityForm form, CancellationToken ct)
    {
        var community = await db.Communities.SingleAsync(c => c.Id == id, ct);
        var name = form.Name.Trim();
        await UniqueCommunity.RequireFreeNameAsync(db, community.TownshipId, name, exceptId: id, ct);

        community.Rename(name);
        community.Classify(form.Category!.Value, form.Tier!.Value);
        community.MarkPilot(form.IsPilot);
        await db.SaveChangesAsync(ct);
        form.Name = community.Name;
    }
}

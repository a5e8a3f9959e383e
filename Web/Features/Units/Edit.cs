using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Units;

/// <summary>Rename a unit or correct its kind; it stays in its community, which refuses a name another unit has.</summary>
public sealed class EditUnitHandler(GrantsDbContext db, UnitPlaceQuery places)
{
    public async Task<UnitForm?> LoadAsync(int id, CancellationToken ct)
    {
        var form = new UnitForm();
        if (!await PrepareAsync(id, form, ct))
        {
            return null;
        }

        form.Name = form.CurrentName;
        form.Kind = await db.Units.Where(u => u.Id == id).Select(u => u.Kind).SingleAsync(ct);
        return form;
    }

    /// <summary>Fills where the unit sits and its saved name; false when there is no such unit in scope.</summary>
    public async Task<bool> PrepareAsync(int id, UnitForm form, CancellationToken ct)
    {
        var stored = await db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Name, u.CommunityId }).SingleOrDefaultAsync(ct);
        if (stored is null || await places.OfCommunityAsync(stored.CommunityId, ct) is not { } place)
        {
            return false;
        }

        (form.Id, form.CurrentName, form.Place) = (id, stored.Name, place);
        return true;
    }

    public async Task HandleAsync(int id, UnitForm form, CancellationToken ct)
    {
        var community = await db.Communities.Include(c => c.Units).SingleAsync(c => c.Units.Any(u => u.Id == id), ct);
        var unit = community.Units.Single(u => u.Id == id);
        community.RenameUnit(unit, form.Name);
        unit.Reclassify(form.Kind!.Value);
        await db.SaveChangesAsync(ct);
        form.Name = unit.Name;
    }
}

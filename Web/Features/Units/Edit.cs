using Grants.Infrastructure.Data;
using Grants.Web.Features.Townships;
using Grants.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Units;

/// <summary>Rename a unit or correct its kind; it stays in its community.</summary>
public sealed class EditUnitHandler(GrantsDbContext db, IStringLocalizer<Text> text)
{
    public async Task<UnitForm?> LoadAsync(int id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new { u.Name, u.Kind, u.CommunityId }).SingleOrDefaultAsync(ct);
        if (unit is null)
        {
            return null;
        }

        var place = await CreateUnitHandler.PlaceOf(db, unit.CommunityId).SingleAsync(ct);
        return new UnitForm { Id = id, Name = unit.Name, Kind = unit.Kind, CurrentName = unit.Name, Place = place };
    }

    public async Task<FormOutcome> HandleAsync(int id, UnitForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, ct);
        if (unit is null)
        {
            return FormOutcome.NotFound;
        }

        form.Id = id;
        form.CurrentName = unit.Name;
        form.Place = await CreateUnitHandler.PlaceOf(db, unit.CommunityId).SingleAsync(ct);
        if (!modelState.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var name = form.Name.Trim();
        if (await db.Units.AnyAsync(u => u.Id != id && u.CommunityId == unit.CommunityId && u.Name == name, ct))
        {
            modelState.AddModelError(nameof(form.Name), text["Organisation.TakenInCommunity", text["Unit.Name"], name]);
            return FormOutcome.Invalid;
        }

        unit.Rename(name);
        unit.Reclassify(form.Kind!.Value);
        await db.SaveChangesAsync(ct);
        form.Name = unit.Name;
        return FormOutcome.Saved;
    }
}

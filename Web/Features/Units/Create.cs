using Grants.Infrastructure.Data;
using Grants.Web.Features.Townships;
using Grants.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Units;

/// <summary>Adds a 自然塆 / 居民小区 / 居民小组 through its community, which refuses a second unit of the same name.</summary>
public sealed class CreateUnitHandler(GrantsDbContext db, IStringLocalizer<Text> text)
{
    public async Task<UnitForm?> NewAsync(int communityId, CancellationToken ct) =>
        await PlaceOf(db, communityId).SingleOrDefaultAsync(ct) is { } place ? new UnitForm { Place = place } : null;

    public async Task<FormOutcome> HandleAsync(int communityId, UnitForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        if (await PlaceOf(db, communityId).SingleOrDefaultAsync(ct) is not { } place)
        {
            return FormOutcome.NotFound;
        }

        form.Place = place;
        if (!modelState.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var community = await db.Communities.Include(c => c.Units).SingleAsync(c => c.Id == communityId, ct);
        var name = form.Name.Trim();
        if (community.Units.Any(u => u.Name == name))
        {
            modelState.AddModelError(nameof(form.Name), text["Organisation.TakenInCommunity", text["Unit.Name"], name]);
            return FormOutcome.Invalid;
        }

        var unit = community.AddUnit(name, form.Kind!.Value);
        await db.SaveChangesAsync(ct);
        (form.Id, form.Name) = (unit.Id, unit.Name);
        return FormOutcome.Saved;
    }

    internal static IQueryable<UnitPlace> PlaceOf(GrantsDbContext db, int communityId) =>
        from c in db.Communities.AsNoTracking()
        join t in db.Townships on c.TownshipId equals t.Id
        where c.Id == communityId
        select new UnitPlace(c.Id, c.Name, t.Id, t.Name);
}

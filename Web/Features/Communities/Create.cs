using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Grants.Web.Features.Townships;
using Grants.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Communities;

public sealed class CreateCommunityHandler(GrantsDbContext db, IStringLocalizer<Text> text)
{
    /// <summary>An empty form under the township, or null when there is no such township.</summary>
    public async Task<CommunityForm?> NewAsync(int townshipId, CancellationToken ct)
    {
        var form = new CommunityForm();
        return await PlaceAsync(townshipId, form, ct) ? form : null;
    }

    public async Task<FormOutcome> HandleAsync(int townshipId, CommunityForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        if (!await PlaceAsync(townshipId, form, ct))
        {
            return FormOutcome.NotFound;
        }

        if (!modelState.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var name = form.Name.Trim();
        if (await db.Communities.AnyAsync(c => c.TownshipId == townshipId && c.Name == name, ct))
        {
            modelState.AddModelError(nameof(form.Name), text["Organisation.TakenInTownship", text["Community.Name"], name]);
            return FormOutcome.Invalid;
        }

        var community = new Community(townshipId, name, form.Category!.Value, form.IsPilot, form.Tier!.Value);
        db.Communities.Add(community);
        await db.SaveChangesAsync(ct);
        (form.Id, form.Name) = (community.Id, community.Name);
        return FormOutcome.Saved;
    }

    private async Task<bool> PlaceAsync(int townshipId, CommunityForm form, CancellationToken ct)
    {
        var township = await db.Townships.AsNoTracking().Where(t => t.Id == townshipId).Select(t => t.Name).SingleOrDefaultAsync(ct);
        (form.TownshipId, form.TownshipName) = (townshipId, township ?? "");
        return township is not null;
    }
}

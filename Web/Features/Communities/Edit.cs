using Grants.Infrastructure.Data;
using Grants.Web.Features.Townships;
using Grants.Web.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Communities;

/// <summary>Rename, reclassify (category and tier) and set or clear the pilot flag 试点. The township stays.</summary>
public sealed class EditCommunityHandler(GrantsDbContext db, IStringLocalizer<Text> text)
{
    public Task<CommunityForm?> LoadAsync(int id, CancellationToken ct) =>
        CommunitiesQuery.Rows(db).Where(c => c.Id == id).Select(c => new CommunityForm
        {
            Id = c.Id,
            Name = c.Name,
            Category = c.Category,
            IsPilot = c.IsPilot,
            Tier = c.Tier,
            TownshipId = c.TownshipId,
            TownshipName = c.TownshipName,
            CurrentName = c.Name,
        }).SingleOrDefaultAsync(ct);

    public async Task<FormOutcome> HandleAsync(int id, CommunityForm form, ModelStateDictionary modelState, CancellationToken ct)
    {
        var community = await db.Communities.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (community is null)
        {
            return FormOutcome.NotFound;
        }

        form.Id = id;
        form.CurrentName = community.Name;
        form.TownshipId = community.TownshipId;
        form.TownshipName = await db.Townships.Where(t => t.Id == community.TownshipId).Select(t => t.Name).SingleAsync(ct);
        if (!modelState.IsValid)
        {
            return FormOutcome.Invalid;
        }

        var name = form.Name.Trim();
        if (await db.Communities.AnyAsync(c => c.Id != id && c.TownshipId == community.TownshipId && c.Name == name, ct))
        {
            modelState.AddModelError(nameof(form.Name), text["Organisation.TakenInTownship", text["Community.Name"], name]);
            return FormOutcome.Invalid;
        }

        community.Rename(name);
        community.Classify(form.Category!.Value, form.Tier!.Value);
        community.MarkPilot(form.IsPilot);
        await db.SaveChangesAsync(ct);
        form.Name = community.Name;
        return FormOutcome.Saved;
    }
}

using Grants.Web.Security;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Units;

/// <summary>Units are listed on their community's page; only administrators add or edit them here.</summary>
[Authorize(Policy = Policies.Administer)]
public sealed class UnitsController(CreateUnitHandler create, EditUnitHandler edit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Create(int communityId, CancellationToken ct) =>
        await create.NewAsync(communityId, ct) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Create([FromQuery] int communityId, UnitForm form, CancellationToken ct)
    {
        if (!await create.PrepareAsync(communityId, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await create.HandleAsync(communityId, form, ct);
        return Saved("Unit.Created", form);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await edit.LoadAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit([FromRoute] int id, UnitForm form, CancellationToken ct)
    {
        if (!await edit.PrepareAsync(id, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await edit.HandleAsync(id, form, ct);
        return Saved("Unit.Saved", form);
    }

    /// <summary>A unit has no page of its own: back to its community.</summary>
    private RedirectToActionResult Saved(string textKey, UnitForm form)
    {
        this.Flash(FlashKind.Success, textKey, form.Name);
        return RedirectToAction("Details", "Communities", new { id = form.Place.CommunityId });
    }
}

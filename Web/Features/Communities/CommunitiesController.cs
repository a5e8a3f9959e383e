using Grants.Web.Security;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Communities;

/// <summary>村（社区）: every signed-in role reads those in its scope; administrators create and edit them.</summary>
public sealed class CommunitiesController(
    CommunitiesQuery communities, CommunityDetailsQuery details, CreateCommunityHandler create, EditCommunityHandler edit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CommunityFilter filter, CancellationToken ct) =>
        View(await communities.ListAsync(filter, ct));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await details.LoadAsync(id, ct) is { } model ? View(model) : NotFound();

    [HttpGet, Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Create(int townshipId, CancellationToken ct) =>
        await create.NewAsync(townshipId, ct) is { } form ? View(form) : NotFound();

    [HttpPost, Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Create([FromQuery] int townshipId, CommunityForm form, CancellationToken ct)
    {
        if (!await create.PrepareAsync(townshipId, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await create.HandleAsync(townshipId, form, ct);
        return Saved("Community.Created", form);
    }

    [HttpGet, Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await edit.LoadAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost, Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Edit([FromRoute] int id, CommunityForm form, CancellationToken ct)
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
        return Saved("Community.Saved", form);
    }

    private RedirectToActionResult Saved(string textKey, CommunityForm form)
    {
        this.Flash(FlashKind.Success, textKey, form.Name);
        return RedirectToAction(nameof(Details), new { id = form.Id });
    }
}

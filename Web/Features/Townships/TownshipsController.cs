using Grants.Web.Features.Communities;
using Grants.Web.Security;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Townships;

/// <summary>乡镇（街道）: readable by every signed-in role within its scope; created and renamed by administrators.</summary>
public sealed class TownshipsController(
    TownshipsQuery townships, TownshipDetailsQuery details, CreateTownshipHandler create, EditTownshipHandler edit) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(ListQuery query, CancellationToken ct) =>
        View(await townships.ListAsync(query, ct));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CommunityFilter filter, CancellationToken ct) =>
        await details.LoadAsync(id, filter, ct) is { } model ? View(model) : NotFound();

    [HttpGet, Authorize(Policy = Policies.Administer)]
    public IActionResult Create() => View(new NewTownshipForm());

    [HttpPost, Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Create(NewTownshipForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await create.HandleAsync(form, ct);
        return Saved("Township.Created", form.Id, form.Name);
    }

    [HttpGet, Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await edit.LoadAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost, Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Edit([FromRoute] int id, TownshipForm form, CancellationToken ct)
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
        return Saved("Township.Saved", id, form.Name);
    }

    private RedirectToActionResult Saved(string textKey, int id, string name)
    {
        this.Flash(FlashKind.Success, textKey, name);
        return RedirectToAction(nameof(Details), new { id });
    }
}

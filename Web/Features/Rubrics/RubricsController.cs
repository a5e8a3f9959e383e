using System.Globalization;
using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Web.Localization;
using Grants.Web.Security;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Grants.Web.Features.Rubrics;

/// <summary>
/// 考核细则: every signed-in role reads the rubrics its communities are scored by; administrators add versions.
/// A version is never edited or deleted — a correction is a new version, so scored quarters keep theirs.
/// </summary>
public sealed class RubricsController(RubricsQuery rubrics, CreateRubricHandler create, IStringLocalizer<Text> text) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await rubrics.LoadAsync(ct));

    [HttpGet, Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Create(CommunityCategory? category, CancellationToken ct) =>
        category is { } chosen && Enum.IsDefined(chosen) ? View(await create.NewAsync(chosen, ct)) : NotFound();

    [HttpPost, Authorize(Policy = Policies.Administer)]
    public async Task<IActionResult> Create([FromQuery] CommunityCategory? category, RubricForm form, CancellationToken ct)
    {
        if (category is not { } chosen || !Enum.IsDefined(chosen))
        {
            return NotFound();
        }

        CreateRubricHandler.Prepare(chosen, form);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await create.HandleAsync(chosen, form, ct);
        var version = form.Version.ToString(CultureInfo.InvariantCulture);
        this.Flash(FlashKind.Success, "Rubrics.Created", text[$"Category.{chosen}"], version, Quarter.Parse(form.EffectiveFrom).ToString());
        return RedirectToAction(nameof(Index), controllerName: null, fragment: Anchor(chosen));
    }

    /// <summary>The id of the category's section on the list, so the redirect lands on the new version.</summary>
    public static string Anchor(CommunityCategory category) => $"category-{category}".ToLowerInvariant();
}

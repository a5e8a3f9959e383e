using System.Globalization;
using Grants.Domain.Assessment;
using Grants.Domain.Users;
using Grants.Web.Features.ScoreImport;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Scores;

/// <summary>录入季度考核评分: the assessors (and the administrator) see who is scored and type in one card at a time.</summary>
[Authorize(Roles = Scorers)]
public sealed class ScoresController(ScoreListQuery list, EnterScoresHandler enter, TimeProvider clock) : Controller
{
    private const string Scorers = Role.Assessor + "," + Role.Administrator;

    [HttpGet]
    public async Task<IActionResult> Index(string? quarter, int? township, CancellationToken ct) =>
        Chosen(quarter) is { } chosen ? View(await list.LoadAsync(chosen, township, ct)) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Edit(int id, string? quarter, CancellationToken ct) =>
        Chosen(quarter) is { } chosen && await enter.LoadAsync(id, chosen, ct) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit([FromRoute] int id, [FromQuery] string? quarter, ScoreEntryForm form, CancellationToken ct)
    {
        if (Quarter.TryParse(quarter) is not { } chosen || !await enter.PrepareAsync(id, chosen, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (await enter.HandleAsync(id, chosen, form, ct) is { } composite)
        {
            this.Flash(FlashKind.Success, "Scores.Completed", form.Card.Community, chosen.ToString(), composite.ToString("0.00", CultureInfo.InvariantCulture));
        }
        else
        {
            this.Flash(FlashKind.Success, "Scores.Saved", form.Card.Community, chosen.ToString());
        }

        return RedirectToAction(nameof(Edit), new { id, quarter = chosen.ToString() });
    }

    /// <summary>The quarter asked for, the one assessors score now when none is, or null for nonsense.</summary>
    private Quarter? Chosen(string? quarter) =>
        quarter is null ? ScoreImportForm.DefaultQuarter(clock.ChinaToday()) : Quarter.TryParse(quarter);
}

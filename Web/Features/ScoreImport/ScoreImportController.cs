using System.Globalization;
using Grants.Domain.Assessment;
using Grants.Domain.Users;
using Grants.Web.Features.ProjectImport;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.ScoreImport;

/// <summary>导入季度考核评分: the assessors (and the administrator) download the quarter's template and import it filled in.</summary>
[Authorize(Roles = Scorers)]
public sealed class ScoreImportController(ImportScoresHandler import, ScoreTemplateQuery template, TimeProvider clock) : Controller
{
    private const string Scorers = Role.Assessor + "," + Role.Administrator;

    // Well above WorkbookFile.MaxBytes, so a too-large file is answered with a message on the page (see ProjectImport).
    private const int RequestLimit = 64 * 1024 * 1024;

    [HttpGet]
    public IActionResult Index(string? quarter) =>
        View(new ScoreImportForm { Quarter = (Quarter.TryParse(quarter) ?? ScoreImportForm.DefaultQuarter(clock.ChinaToday())).ToString() });

    [HttpGet]
    public async Task<IActionResult> Template(string? quarter, CancellationToken ct)
    {
        if ((quarter is null ? ScoreImportForm.DefaultQuarter(clock.ChinaToday()) : Quarter.TryParse(quarter)) is not { } chosen)
        {
            return NotFound();
        }

        return File(await template.WriteAsync(chosen, ct), WorkbookFile.ContentType, ScoreTemplate.FileName(chosen));
    }

    [HttpPost, RequestSizeLimit(RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Index(ScoreImportForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var quarter = Quarter.Parse(form.Quarter);
        await using var file = form.Workbook!.OpenReadStream();
        var result = await import.HandleAsync(file, quarter, ct);
        if (!result.Succeeded)
        {
            form.Errors = result.Errors;
            return View(form);
        }

        this.Flash(FlashKind.Success, "ScoreImport.Imported", quarter.ToString(), Count(result.Imported), Count(result.Created), Count(result.Updated));
        return RedirectToAction(nameof(Index), new { quarter = quarter.ToString() });
    }

    private static string Count(int count) => count.ToString(CultureInfo.CurrentCulture);
}

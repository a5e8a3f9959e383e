using Grants.Domain.Users;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.ProjectImport;

/// <summary>导入项目清单: the roles that register projects may register a whole list from the county's Excel template.</summary>
[Authorize(Roles = Registrars)]
public sealed class ProjectImportController(ImportProjectsHandler import) : Controller
{
    private const string Registrars = Role.TownshipAccountant + "," + Role.Administrator + "," + Role.FinanceClerk;

    // Well above WorkbookFile.MaxBytes, so a too-large file is read and answered with a message on the page rather than
    // cut off by the server (Kestrel's own default is 30 MB; a browser shows a cut-off upload as a connection reset).
    private const int RequestLimit = 64 * 1024 * 1024;

    [HttpGet]
    public IActionResult Index() => View(new ImportForm());

    [HttpGet]
    public IActionResult Template() => File(ProjectTemplate.Write(), WorkbookFile.ContentType, ProjectTemplate.FileName);

    [HttpPost, RequestSizeLimit(RequestLimit), RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Index(ImportForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await using var file = form.Workbook!.OpenReadStream();
        var result = await import.HandleAsync(file, onlyTownshipCode: null, ct);
        if (!result.Succeeded)
        {
            form.Errors = result.Errors;
            return View(form);
        }

        this.Flash(FlashKind.Success, "Import.Imported", result.Imported.ToString(System.Globalization.CultureInfo.CurrentCulture));
        return RedirectToAction("Index", "Projects");
    }
}

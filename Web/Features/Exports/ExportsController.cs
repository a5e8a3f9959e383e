using System.Globalization;
using Grants.Domain.Assessment;
using Grants.Infrastructure.Storage;
using Grants.Web.Security;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Exports;

/// <summary>
/// 账簿导出: the journal or the account ledger by period, pool, township, project or payee, as a workbook or a PDF.
/// Small exports download at once; larger ones are written by a background job into the user's download list.
/// A township accountant's exports hold their own township only (see <see cref="Infrastructure.Ledger.ScopedLedger"/>).
/// Evidence packs (证据包) are asked for here from a project's or a quarter's page and written by the same jobs.
/// </summary>
[Authorize(Roles = ExportRoles.Exporters)]
public sealed class ExportsController(ExportPageQuery page, RequestExportHandler request, RequestEvidencePackHandler evidence, MyExportsQuery mine) : Controller
{
    /// <summary>The form; with <c>run</c> set, the export itself when it is small enough to download now.</summary>
    [HttpGet]
    public async Task<IActionResult> Index(ExportForm form, CancellationToken ct)
    {
        await page.FillAsync(form, ct);
        if (!form.Run || !ModelState.IsValid)
        {
            return View(form);
        }

        if (!await page.InScopeAsync(form, ct))
        {
            return NotFound();
        }

        var lines = await page.CountAsync(form, ct);
        if (lines > page.DirectLimit)
        {
            form.TooManyLines = lines;
            return View(form);
        }

        return await DownloadNowAsync(form, ct);
    }

    /// <summary>Asks for the export in the background. It changes no data of the county, so the read-only auditor may post it.</summary>
    [HttpPost, ActionName(nameof(Index)), AllowReadOnlyUsers]
    public async Task<IActionResult> Queue(ExportForm form, CancellationToken ct)
    {
        await page.FillAsync(form, ct);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        if (!await page.InScopeAsync(form, ct))
        {
            return NotFound();
        }

        var id = await request.HandleAsync(form, await page.CountAsync(form, ct), ct);
        this.Flash(FlashKind.Success, "Exports.Queued", id.ToString(CultureInfo.InvariantCulture));
        return RedirectToAction(nameof(Mine));
    }

    /// <summary>A project's evidence pack, from its page. Like a background export, the read-only auditor may ask for it.</summary>
    [HttpPost("exports/evidence/project/{id:int}"), AllowReadOnlyUsers]
    public async Task<IActionResult> ProjectEvidence(int id, CancellationToken ct) => Queued(await evidence.ProjectAsync(id, User, ct));

    /// <summary>A quarter's evidence pack, from its settlement's page.</summary>
    [HttpPost("exports/evidence/quarter/{quarter}"), AllowReadOnlyUsers]
    public async Task<IActionResult> QuarterEvidence(string quarter, CancellationToken ct) =>
        Quarter.TryParse(quarter) is { } chosen ? Queued(await evidence.QuarterAsync(chosen, User, ct)) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Mine(CancellationToken ct) => View(await mine.ListAsync(ct));

    /// <summary>Only the user who asked for the export gets it; to anyone else it does not exist.</summary>
    [HttpGet]
    public async Task<IActionResult> Download(int id, [FromServices] FileStore store, CancellationToken ct) =>
        await mine.FileAsync(id, ct) is { } file ? this.StoredFile(store, file.Sha256, file.ContentType, file.FileName) : NotFound();

    private IActionResult Queued(PackRequested asked)
    {
        if (!asked.Found)
        {
            return NotFound();
        }

        if (asked.RequestId is { } id)
        {
            this.Flash(FlashKind.Success, "Exports.EvidenceQueued", id.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            this.Flash(FlashKind.Warning, "Exports.TooManyPending", RequestExportHandler.MaxPending.ToString(CultureInfo.InvariantCulture));
        }

        return RedirectToAction(nameof(Mine));
    }

    /// <summary>
    /// Written to a temporary file first (deleted when the response closes), then sent: memory stays bounded, and a
    /// workbook that fails half-way (it does not reconcile) becomes an error page, never half a file.
    /// </summary>
    private async Task<IActionResult> DownloadNowAsync(ExportForm form, CancellationToken ct)
    {
        var selection = form.ToSelection();
        var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await page.Writer().WriteAsync(selection, file, progress: null, ct);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }

        file.Position = 0;
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        return File(file, LedgerExportWriter.ContentType(selection.Format), LedgerExportWriter.FileName(selection));
    }
}

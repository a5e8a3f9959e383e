using Grants.Domain.Assessment;
using Grants.Infrastructure.Storage;
using Grants.Web.Security;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Settlement;

/// <summary>
/// 季度结账: the quarters and their settlements; opening a quarter's draft, reviewing it township by township,
/// confirming it (which starts the payout and document jobs), re-opening a confirmed quarter; and the quarter's files.
/// </summary>
[Authorize(Roles = SettlementRoles.Readers)]
public sealed class SettlementController(
    SettlementIndexQuery index, OpenDraftHandler open, SettlementDetailsQuery details, SettlementStepHandler steps,
    SettlementFilesQuery files, SettlementDownloadQuery downloads, IAuthorizationService authorization) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await index.NewAsync(ct));

    [HttpPost, Authorize(Roles = SettlementRoles.Drafters)]
    public async Task<IActionResult> Index(OpenDraftForm form, CancellationToken ct)
    {
        await index.FillAsync(form, ct);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var opened = await open.HandleAsync(form, ct);
        this.Flash(opened.AlreadyOpen ? FlashKind.Warning : FlashKind.Success, opened.AlreadyOpen ? "Settlement.AlreadyOpen" : "Settlement.Opened", opened.Quarter.ToString());
        return RedirectToAction(nameof(Details), new { id = opened.SettlementId });
    }

    [HttpGet("settlement/scoring/{quarter}")]
    public async Task<IActionResult> Scoring(string quarter, [FromServices] ScoringStatusQuery scoring, CancellationToken ct) =>
        Quarter.TryParse(quarter) is { } chosen ? View(await scoring.LoadAsync(chosen, ct)) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Details(int id, int? township, CancellationToken ct) =>
        await details.LoadAsync(id, township, ct) is { } page ? View(page) : NotFound();

    [HttpPost, Authorize(Roles = SettlementRoles.Reviewers)]
    public Task<IActionResult> Review([FromRoute] int id, SettlementStepForm form, CancellationToken ct) =>
        Step(id, form, () => steps.ReviewAsync(id, form, ct), "Settlement.ReviewDone", ct);

    [HttpPost, Authorize(Roles = SettlementRoles.Drafters)]
    public Task<IActionResult> Redraft([FromRoute] int id, SettlementStepForm form, CancellationToken ct) =>
        Step(id, form, () => steps.RedraftAsync(id, form, ct), "Settlement.RedraftDone", ct);

    [HttpPost, Authorize(Roles = SettlementRoles.Confirmers)]
    public Task<IActionResult> Confirm([FromRoute] int id, SettlementStepForm form, CancellationToken ct) =>
        Step(id, form, () => steps.ConfirmAsync(id, form, ct), "Settlement.ConfirmDone", ct);

    [HttpPost, Authorize(Roles = SettlementRoles.ReopenRequesters)]
    public Task<IActionResult> RequestReopening([FromRoute] int id, ReopenRequestForm form, CancellationToken ct) =>
        Step(id, form, () => steps.RequestReopeningAsync(id, form, ct), "Settlement.ReopenRequestDone", ct);

    [HttpPost, Authorize(Roles = SettlementRoles.ReopenApprovers)]
    public Task<IActionResult> ApproveReopening([FromRoute] int id, SettlementStepForm form, CancellationToken ct) =>
        Step(id, form, () => steps.ApproveReopeningAsync(id, form, ct), "Settlement.ReopenApproveDone", ct);

    [HttpGet]
    public async Task<IActionResult> Files(int id, CancellationToken ct) =>
        await files.LoadAsync(id, await SeesCountyFilesAsync(), ct) is { } page ? View(page) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Notice(int id, [FromServices] FileStore store, CancellationToken ct) =>
        await downloads.NoticeAsync(id, ct) is { } file ? this.StoredFile(store, file.Sha256, file.ContentType, file.FileName) : NotFound();

    [HttpGet, Authorize(Policy = Policies.ViewFinance)]
    public async Task<IActionResult> CountyFile(int id, [FromServices] FileStore store, CancellationToken ct) =>
        await downloads.CountyFileAsync(id, ct) is { } file ? this.StoredFile(store, file.Sha256, file.ContentType, file.FileName) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Zip(int id, [FromServices] FileStore store, CancellationToken ct) =>
        await downloads.ZipAsync(id, await SeesCountyFilesAsync(), ct) is { } zip ? new ZipDownload(store, zip.Files, zip.FileName) : NotFound();

    /// <summary>
    /// The settlement is read before the step, so a refused step shows it again — as it is now — with the message; the
    /// step itself checks the version the user saw and the settlement's status, so nothing is decided from this read.
    /// </summary>
    private async Task<IActionResult> Step(int id, SettlementStepForm form, Func<Task> change, string doneKey, CancellationToken ct)
    {
        form.Page = await details.LoadAsync(id, form.Township, ct);
        if (form.Page is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await change();
        this.Flash(FlashKind.Success, doneKey, form.Page.Settlement.Quarter.ToString());
        return RedirectToAction(nameof(Details), new { id, township = form.Township });
    }

    /// <summary>The county-wide files (summary, workbook, payment list) are finance records: not a township accountant's.</summary>
    private async Task<bool> SeesCountyFilesAsync() => (await authorization.AuthorizeAsync(User, Policies.ViewFinance)).Succeeded;
}

using Grants.Infrastructure.Storage;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Requests;

/// <summary>
/// 报账: township accountants write requests for their township's projects, attach the evidence and submit them;
/// everyone who reads requests sees them in their scope. The review itself is in ReviewController.
/// </summary>
[Authorize(Roles = RequestRoles.Readers)]
public sealed class RequestsController(
    RequestHeadingQuery headings, RequestsQuery requests, RequestDetailsQuery details, SaveRequestHandler save, AddEvidenceHandler evidence)
    : RequestChangeController(headings)
{
    // Above the store's own limit, so a file that is too large still arrives and gets the form's message.
    private const long UploadLimit = 3 * FileStore.MaxBytes;

    [HttpGet]
    public async Task<IActionResult> Index(RequestFilter filter, CancellationToken ct) => View(await requests.ListAsync(filter, ct));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await details.LoadAsync(id, ct) is { } model ? View(model) : NotFound();

    [HttpGet, Authorize(Roles = RequestRoles.Filers)]
    public async Task<IActionResult> Create(int projectId, CancellationToken ct) =>
        await save.NewAsync(projectId, ct) is { } form ? View(form) : NotFound();

    [HttpPost, Authorize(Roles = RequestRoles.Filers)]
    public async Task<IActionResult> Create(int projectId, RequestForm form, CancellationToken ct)
    {
        if (await save.NewAsync(projectId, ct) is not { } blank)
        {
            return NotFound();
        }

        (form.ProjectId, form.ProjectName) = (blank.ProjectId, blank.ProjectName);
        if (form.Token == Guid.Empty)
        {
            // The form always carries one; a post without it is not the page's.
            throw new Grants.Domain.DomainRuleException("Rule.SavedConcurrently");
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var id = await save.CreateAsync(projectId, form, ct);
        this.Flash(FlashKind.Success, "Requests.Saved", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet, Authorize(Roles = RequestRoles.Filers)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        if (await details.LoadAsync(id, ct) is not { } page)
        {
            return NotFound();
        }

        if (!page.Request.IsEditable)
        {
            return RedirectToAction(nameof(Details), new { id });
        }

        var form = SaveRequestHandler.From(page.Request);
        form.Request = page.Heading;
        ViewData["Page"] = page;
        return View(form);
    }

    [HttpPost, Authorize(Roles = RequestRoles.Filers)]
    public async Task<IActionResult> Edit([FromRoute] int id, RequestForm form, CancellationToken ct)
    {
        if (await details.LoadAsync(id, ct) is not { } page)
        {
            return NotFound();
        }

        // Set before the handler runs, so a refused submission re-renders with the evidence beside its messages.
        form.Request = page.Heading;
        ViewData["Page"] = page;
        return await Apply(id, form, () => save.SaveAsync(id, form, ct), form.Submitting ? "Requests.Submitted" : "Requests.Saved", ct);
    }

    [HttpGet, Authorize(Roles = RequestRoles.Filers)]
    public Task<IActionResult> Invoice(int id, CancellationToken ct) => Show(id, new InvoiceForm(), ct);

    [HttpPost, Authorize(Roles = RequestRoles.Filers)]
    [RequestSizeLimit(UploadLimit), RequestFormLimits(MultipartBodyLengthLimit = UploadLimit), OversizedUpload]
    public Task<IActionResult> Invoice([FromRoute] int id, InvoiceForm form, CancellationToken ct) =>
        Apply(id, form, () => evidence.AddInvoiceAsync(id, form, ct), "Requests.EvidenceAdded", ct);

    [HttpGet, Authorize(Roles = RequestRoles.Filers)]
    public Task<IActionResult> Evidence(int id, CancellationToken ct) => Show(id, new EvidenceForm(), ct);

    [HttpPost, Authorize(Roles = RequestRoles.Filers)]
    [RequestSizeLimit(UploadLimit), RequestFormLimits(MultipartBodyLengthLimit = UploadLimit), OversizedUpload]
    public Task<IActionResult> Evidence([FromRoute] int id, EvidenceForm form, CancellationToken ct) =>
        Apply(id, form, () => evidence.AddEvidenceAsync(id, form, ct), "Requests.EvidenceAdded", ct);

    [HttpPost, Authorize(Roles = RequestRoles.Filers)]
    public async Task<IActionResult> Remove(int id, int? invoiceId, int? evidenceId, CancellationToken ct)
    {
        if (!await FindAsync(id, new InvoiceForm(), ct))
        {
            return NotFound();
        }

        var removed = await evidence.RemoveAsync(id, invoiceId, evidenceId, ct);
        this.Flash(removed ? FlashKind.Success : FlashKind.Danger, removed ? "Requests.EvidenceRemoved" : "Requests.NothingRemoved", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> File(
        int id, int? invoiceId, int? evidenceId, bool preview, [FromServices] RequestFileQuery files, [FromServices] FileStore store, CancellationToken ct) =>
        await files.FindAsync(id, invoiceId, evidenceId, ct) is not { } file ? NotFound()
        : preview ? this.StoredFilePreview(store, file.Sha256, file.ContentType, file.FileName)
        : this.StoredFile(store, file.Sha256, file.ContentType, file.FileName);
}

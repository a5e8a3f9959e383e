using Grants.Infrastructure.Storage;
using Grants.Web.Security;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Pools;

/// <summary>资金池: the finance roles and the auditor read the pools; clerks and administrators move their money.</summary>
[Authorize(Policy = Policies.ViewFinance)]
public sealed class PoolsController(
    PoolsQuery pools, PoolDetailsQuery details, CreatePoolHandler create, RecordReceiptHandler receipt,
    AllocateHandler allocate, ReserveHandler reserve, CarryForwardHandler carryForward) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(PoolFilter filter, CancellationToken ct) => View(await pools.ListAsync(filter, ct));

    [HttpGet]
    public async Task<IActionResult> Details(int id, CancellationToken ct) =>
        await details.LoadAsync(id, ct) is { } model ? View(model) : NotFound();

    [HttpGet, Authorize(Policy = Policies.ManagePools)]
    public IActionResult Create() => View(create.New());

    [HttpPost, Authorize(Policy = Policies.ManagePools)]
    public async Task<IActionResult> Create(NewPoolForm form, CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await create.HandleAsync(form, ct);
        return Done("Pools.Created", form.Id, form.Name);
    }

    [HttpGet, Authorize(Policy = Policies.ManagePools)]
    public async Task<IActionResult> Receipt(int id, CancellationToken ct) =>
        await receipt.NewAsync(id, ct) is { } form ? View(form) : NotFound();

    // The limits sit above the store's own, so a file that is too large still arrives and gets the form's message.
    [HttpPost, Authorize(Policy = Policies.ManagePools)]
    [RequestSizeLimit(UploadLimit), RequestFormLimits(MultipartBodyLengthLimit = UploadLimit), OversizedUpload]
    public async Task<IActionResult> Receipt([FromRoute] int id, ReceiptForm form, CancellationToken ct)
    {
        if (!await receipt.PrepareAsync(id, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await receipt.HandleAsync(id, form, ct);
        return Done("Pools.ReceiptRecorded", id, AmountText(form.Amount), form.DocumentNumber.Trim());
    }

    [HttpGet]
    public async Task<IActionResult> ReceiptFile(int id, [FromServices] ReceiptFileQuery files, [FromServices] FileStore store, CancellationToken ct) =>
        await files.FindAsync(id, ct) is { } file ? this.StoredFile(store, file.Sha256, file.ContentType, file.FileName) : NotFound();

    [HttpGet, Authorize(Policy = Policies.ManagePools)]
    public async Task<IActionResult> Allocate(int id, CancellationToken ct) =>
        await allocate.NewAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost, Authorize(Policy = Policies.ManagePools)]
    public async Task<IActionResult> Allocate([FromRoute] int id, AllocationForm form, CancellationToken ct)
    {
        if (!await allocate.PrepareAsync(id, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await allocate.HandleAsync(id, form, ct);
        return Done("Pools.AllocationRecorded", id, AmountText(form.Amount), form.ProjectName);
    }

    [HttpGet, Authorize(Policy = Policies.ManagePools)]
    public async Task<IActionResult> Reserve(int id, CancellationToken ct) =>
        await reserve.NewAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost, Authorize(Policy = Policies.ManagePools)]
    public async Task<IActionResult> Reserve([FromRoute] int id, ReservationForm form, CancellationToken ct)
    {
        if (!await reserve.PrepareAsync(id, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        await reserve.HandleAsync(id, form, ct);
        return Done("Pools.ReservationRecorded", id, AmountText(form.Amount));
    }

    [HttpGet, Authorize(Policy = Policies.ManagePools)]
    public async Task<IActionResult> CarryForward(int id, CancellationToken ct) =>
        await carryForward.NewAsync(id, ct) is { } form ? View(form) : NotFound();

    [HttpPost, Authorize(Policy = Policies.ManagePools)]
    public async Task<IActionResult> CarryForward([FromRoute] int id, CarryForwardForm form, CancellationToken ct)
    {
        if (!await carryForward.PrepareAsync(id, form, ct))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var moved = await carryForward.HandleAsync(id, form, ct);
        return Done("Pools.CarriedForward", id, moved.Amount.ToString(), moved.NextPoolName);
    }

    private const long UploadLimit = 3 * FileStore.MaxBytes;

    private static string AmountText(string? amount) => MoneyAmountAttribute.Parse(amount).ToString();

    private RedirectToActionResult Done(string textKey, int poolId, params string[] arguments)
    {
        this.Flash(FlashKind.Success, textKey, arguments);
        return RedirectToAction(nameof(Details), new { id = poolId });
    }
}

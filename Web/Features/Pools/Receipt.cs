using System.ComponentModel.DataAnnotations;
using Grants.Domain.Ledger;
using Grants.Domain.Pools;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Storage;
using Grants.Web.Shared;

namespace Grants.Web.Features.Pools;

/// <summary>资金到账: money arrives in a pool from a budget level, under a catalogue line, by a document (文号).</summary>
public sealed class ReceiptForm : PoolForm
{
    [Display(Name = "Pools.Level")]
    [Required(ErrorMessage = "Validation.Required")]
    public FundingLevel? Level { get; set; }

    [Display(Name = "Receipt.CatalogueLine")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string CatalogueLine { get; set; } = "";

    [Display(Name = "Receipt.DocumentNumber")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string DocumentNumber { get; set; } = "";

    [Display(Name = "Pools.ReceivedOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? ReceivedOn { get; set; }

    [Display(Name = "Pools.Amount")]
    [Required(ErrorMessage = "Validation.Required")]
    [MoneyAmount]
    public string? Amount { get; set; }

    /// <summary>The document itself (scan of the 文件), optional.</summary>
    [Display(Name = "Files.Attachment")]
    [AcceptedFile]
    public IFormFile? File { get; set; }
}

public sealed class RecordReceiptHandler(GrantsDbContext db, FileStore files, TimeProvider clock, ICurrentUser user)
{
    public async Task<ReceiptForm?> NewAsync(int poolId, CancellationToken ct)
    {
        var form = new ReceiptForm();
        if (!await form.ShowPoolAsync(db, poolId, ct))
        {
            return null;
        }

        form.ReceivedOn = PoolOptions.DefaultDate(clock, form.Pool.FiscalYear);
        return form;
    }

    /// <summary>Fills the pool's figures; false when there is no such pool.</summary>
    public Task<bool> PrepareAsync(int poolId, ReceiptForm form, CancellationToken ct) => form.ShowPoolAsync(db, poolId, ct);

    public async Task HandleAsync(int poolId, ReceiptForm form, CancellationToken ct)
    {
        // Stored before the transaction: the movement may run more than once, and storing the same bytes again is harmless.
        // A receipt refused below leaves an unreferenced file on disk, never a row pointing at a missing one.
        (StoredBlob Blob, string Name)? file = form.File is { } upload ? await files.SaveUploadAsync(upload, ct) : null;
        var postedBy = user.UserName ?? "system";
        await db.InMovementAsync(async ct =>
        {
            var pool = await PoolLock.LoadLockedAsync(db, poolId, ct);
            var receipt = pool.RecordReceipt(
                form.Level!.Value, form.CatalogueLine, form.DocumentNumber, form.ReceivedOn!.Value, MoneyAmountAttribute.Parse(form.Amount));
            if (file is { } attached)
            {
                await db.RecordAsync(attached.Blob, clock.GetUtcNow(), postedBy, ct);
                receipt.AttachFile(attached.Blob.Sha256, attached.Name);
            }

            await db.SaveChangesAsync(ct);
            // The entry names the receipt by its id, so the receipt is saved first, in the same transaction.
            db.JournalEntries.Add(PoolPostings.Receipt(receipt, clock.GetUtcNow(), postedBy));
            await db.SaveChangesAsync(ct);
            return receipt.Id;
        }, ct);
    }
}

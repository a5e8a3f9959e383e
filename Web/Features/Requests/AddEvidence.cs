using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Storage;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Requests;

/// <summary>发票: its code and number (unique in the county), amount, date, issuer, and the scan.</summary>
public sealed class InvoiceForm : RequestChangeForm
{
    [Display(Name = "Invoice.Code")]
    [StringLength(24, ErrorMessage = "Validation.StringLength")]
    public string? InvoiceCode { get; set; }

    [Display(Name = "Invoice.Number")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(24, ErrorMessage = "Validation.StringLength")]
    public string? InvoiceNumber { get; set; }

    [Display(Name = "Requests.InvoiceAmount")]
    [Required(ErrorMessage = "Validation.Required")]
    [MoneyAmount]
    public string? InvoiceAmount { get; set; }

    [Display(Name = "Requests.IssuedOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? IssuedOn { get; set; }

    [Display(Name = "Invoice.Issuer")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string? Issuer { get; set; }

    [Display(Name = "Files.Attachment")]
    [Required(ErrorMessage = "Validation.Required")]
    [AcceptedFile]
    public IFormFile? File { get; set; }
}

/// <summary>Any other file of the evidence set: contract, acceptance record, photo, IOU.</summary>
public sealed class EvidenceForm : RequestChangeForm
{
    [Display(Name = "Requests.EvidenceKind")]
    [Required(ErrorMessage = "Validation.Required")]
    public EvidenceKind? Kind { get; set; }

    [Display(Name = "Files.Attachment")]
    [Required(ErrorMessage = "Validation.Required")]
    [AcceptedFile]
    public IFormFile? File { get; set; }
}

public sealed class AddEvidenceHandler(GrantsDbContext db, FileStore files, TimeProvider clock, ICurrentUser user)
{
    /// <summary>
    /// Claims the invoice for this request. An invoice claimed anywhere in the county is refused naming that request,
    /// and the attempt is noted for the reviewer; the unique index refuses a claim that races past this check.
    /// </summary>
    public async Task AddInvoiceAsync(int id, InvoiceForm form, CancellationToken ct)
    {
        var request = await db.LoadRequestAsync(id, ct);
        if (!request.IsEditable)
        {
            throw new DomainRuleException("Rule.RequestNotEditable", $"RequestStatus.{request.Status}");
        }

        var code = Digits(form.InvoiceCode);
        var number = Digits(form.InvoiceNumber);
        if (await ClaimedByAsync(code, number, ct) is { } other)
        {
            throw await RefuseClaimAsync(request, code, number, other, ct);
        }

        var (blob, name) = await files.SaveUploadAsync(form.File!, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.RecordAsync(blob, clock.GetUtcNow(), user.UserName ?? "system", ct);
        request.AddInvoice(code, number, MoneyAmountAttribute.Parse(form.InvoiceAmount), form.IssuedOn!.Value, form.Issuer ?? "", blob.Sha256, name);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // Another request claimed it between the check and the save.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            throw await ClaimedByAsync(code, number, ct) is { } raced
                ? await RefuseClaimAsync(await db.LoadRequestAsync(id, ct), code, number, raced, ct)
                : new DomainRuleException("Rule.SavedConcurrently");
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>
    /// The refusal of an invoice already claimed: on this very request (a double click) it is only a repeat; on another
    /// it is a duplicate claim, counted on this request for the reviewer's queue.
    /// </summary>
    private async Task<DomainRuleException> RefuseClaimAsync(DisbursementRequest request, string code, string number, int claimedBy, CancellationToken ct)
    {
        if (claimedBy == request.Id)
        {
            return new DomainRuleException("Rule.InvoiceTwiceOnRequest", code, number) { Field = nameof(InvoiceForm.InvoiceNumber) };
        }

        request.NoteDuplicateInvoiceAttempt();
        await db.SaveChangesAsync(ct);
        return new DomainRuleException("Rule.InvoiceClaimed", code, number, claimedBy) { Field = nameof(InvoiceForm.InvoiceNumber) };
    }

    public async Task AddEvidenceAsync(int id, EvidenceForm form, CancellationToken ct)
    {
        var request = await db.LoadRequestAsync(id, ct);
        var (blob, name) = await files.SaveUploadAsync(form.File!, ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.RecordAsync(blob, clock.GetUtcNow(), user.UserName ?? "system", ct);
        request.AddEvidence(form.Kind!.Value, blob.Sha256, name);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <summary>False when there is nothing of that id to remove, or the request can no longer change.</summary>
    public async Task<bool> RemoveAsync(int id, int? invoiceId, int? evidenceId, CancellationToken ct)
    {
        var request = await db.LoadRequestAsync(id, ct);
        var present = invoiceId is { } named ? request.Invoices.Any(i => i.Id == named) : request.Evidence.Any(e => e.Id == evidenceId);
        if (!request.IsEditable || !present)
        {
            return false;
        }

        if (invoiceId is { } invoice)
        {
            request.RemoveInvoice(invoice);
        }
        else
        {
            request.RemoveEvidence(evidenceId ?? 0);
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    // Invoices carry no township filter: a claim made in another township must still be found.
    private Task<int?> ClaimedByAsync(string code, string number, CancellationToken ct) =>
        db.Invoices.Where(i => i.Code == code && i.Number == number).Select(i => (int?)i.RequestId).FirstOrDefaultAsync(ct);

    private static string Digits(string? text) => (text ?? "").Replace(" ", "", StringComparison.Ordinal).Trim();
}

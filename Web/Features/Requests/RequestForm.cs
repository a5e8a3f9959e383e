using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Requests;

/// <summary>
/// 报账单: the voucher's fields. Saving a draft accepts gaps; submitting checks everything at once (in the domain)
/// and puts each problem under its field. The token makes a replayed or double-clicked create find its request.
/// </summary>
public sealed class RequestForm : RequestChangeForm
{
    [BindNever, ValidateNever]
    public int ProjectId { get; set; }

    [BindNever, ValidateNever]
    public string ProjectName { get; set; } = "";

    public Guid Token { get; set; }

    [Display(Name = "Request.Amount")]
    [MoneyAmount]
    public string? Amount { get; set; }

    [Display(Name = "Request.Source")]
    public CashSource? Source { get; set; }

    [Display(Name = "Request.Method")]
    public PaymentMethod? Method { get; set; }

    [Display(Name = "Request.PayeeName")]
    [StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string? PayeeName { get; set; }

    [Display(Name = "Request.PayeeBank")]
    [StringLength(100, ErrorMessage = "Validation.StringLength")]
    public string? PayeeBank { get; set; }

    [Display(Name = "Request.PayeeAccount")]
    [StringLength(40, ErrorMessage = "Validation.StringLength")]
    public string? PayeeAccount { get; set; }

    [Display(Name = "Request.Purpose")]
    [StringLength(200, ErrorMessage = "Validation.StringLength")]
    public string? Purpose { get; set; }

    [Display(Name = "Request.Handler")]
    [StringLength(40, ErrorMessage = "Validation.StringLength")]
    public string? Handler { get; set; }

    [Display(Name = "Request.Witness")]
    [StringLength(40, ErrorMessage = "Validation.StringLength")]
    public string? Witness { get; set; }

    /// <summary>"submit" to submit after saving; anything else saves the draft.</summary>
    public string? Intent { get; set; }

    public bool Submitting => Intent == "submit";

    public RequestDetails ToDetails() => new(
        string.IsNullOrWhiteSpace(Amount) ? Money.Zero : MoneyAmountAttribute.Parse(Amount), Source, PayeeName, PayeeBank, PayeeAccount,
        Purpose, Handler, Witness, Method);
}

public sealed class SaveRequestHandler(GrantsDbContext db, TimeProvider clock, ICurrentUser user, ProjectRules rules)
{
    /// <summary>A blank voucher for a project in the user's scope, or null when there is none.</summary>
    public async Task<RequestForm?> NewAsync(int projectId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => new { p.Id, p.Name }).SingleOrDefaultAsync(ct);
        return project is null ? null : new RequestForm { ProjectId = project.Id, ProjectName = project.Name, Token = Guid.NewGuid(), Method = PaymentMethod.BankTransfer };
    }

    public static RequestForm From(DisbursementRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new RequestForm
        {
            Token = request.Token, Amount = request.Amount.IsZero ? null : request.Amount.Yuan.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            Source = request.Source, Method = request.Method, PayeeName = request.PayeeName, PayeeBank = request.PayeeBank,
            PayeeAccount = request.PayeeAccount, Purpose = request.Purpose, Handler = request.Handler, Witness = request.Witness,
        };
    }

    /// <summary>
    /// Makes the draft, once: the same token again (a double click, a refresh, a replayed POST) finds the request it
    /// already made. The unique index on the token settles two copies that arrive at the same moment.
    /// </summary>
    public async Task<int> CreateAsync(int projectId, RequestForm form, CancellationToken ct)
    {
        if (await ExistingAsync(form.Token, ct) is { } existing)
        {
            return existing;
        }

        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new DomainRuleException("Projects.NotFound");
        var request = new DisbursementRequest(project, user.UserName ?? "system", clock.GetUtcNow(), form.Token);
        request.Edit(form.ToDetails());
        db.Requests.Add(request);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e))
        {
            // The token is taken, but not by a request this user can see: refused like any clash, saying nothing more.
            return await ExistingAsync(form.Token, ct) ?? throw new DomainRuleException("Rule.SavedConcurrently");
        }

        return request.Id;
    }

    /// <summary>Saves the fields; with the submit intent, also submits — all or nothing, every problem named.</summary>
    public async Task SaveAsync(int id, RequestForm form, CancellationToken ct)
    {
        var request = await db.LoadRequestAsync(id, ct);
        request.Edit(form.ToDetails());
        if (form.Submitting)
        {
            var project = await db.LoadProjectAsync(request.ProjectId, ct);
            request.Submit(project, user.UserName ?? "system", clock.GetUtcNow(), rules.Disbursements, rules.Tranches, rules.CoFinancing);
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<int?> ExistingAsync(Guid token, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        return await db.Requests.Where(r => r.Token == token).Select(r => (int?)r.Id).SingleOrDefaultAsync(ct);
    }
}

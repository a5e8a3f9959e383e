using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Infrastructure;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Web.Features.Requests;
using Grants.Web.Shared;

namespace Grants.Web.Features.Review;

/// <summary>An approval: the page shows the request's standing; the button is the decision.</summary>
public sealed class ApprovalForm : RequestChangeForm
{
}

/// <summary>退回修改 or 不予报账: the reason is required and kept in the request's history.</summary>
public sealed class ReasonForm : RequestChangeForm
{
    [Display(Name = "Review.Reason")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(500, ErrorMessage = "Validation.StringLength")]
    public string? Reason { get; set; }
}

/// <summary>支付: the day the money left and the bank's reference.</summary>
public sealed class PaymentForm : RequestChangeForm
{
    [Display(Name = "Review.PaidOn")]
    [Required(ErrorMessage = "Validation.Required")]
    public DateOnly? PaidOn { get; set; }

    [Display(Name = "Request.BankReference")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(60, ErrorMessage = "Validation.StringLength")]
    public string? BankReference { get; set; }
}

/// <summary>
/// The reviewer's decisions. Each runs as one movement: the request, the project's commitment and the journal entry
/// are saved together, and a concurrent change to the same request or project makes the whole unit run again
/// against fresh figures — so a replayed approval finds the request already decided, and two approvals that
/// together would overdraw a source leave the second refused.
/// </summary>
public sealed class ReviewHandler(GrantsDbContext db, TimeProvider clock, ICurrentUser user, ProjectRules rules)
{
    public PaymentForm NewPayment() => new() { PaidOn = clock.ChinaToday() };

    /// <param name="second">The decision the caller was authorised for: the second approval, or the first. The request's
    /// status is read again inside the movement, and a request that moved on meanwhile is refused, never decided at
    /// the other level.</param>
    public Task ApproveAsync(int id, bool second, CancellationToken ct) => db.InMovementAsync(async ct =>
    {
        var (request, project) = await LoadAsync(id, ct);
        var by = By;
        var at = clock.GetUtcNow();
        var final = second
            ? Confirm(request, project, by, at)
            : request.Approve(project, by, at, rules.Disbursements, rules.Tranches, rules.CoFinancing);
        if (final)
        {
            db.JournalEntries.Add(DisbursementPostings.Approval(request, at, by));
        }

        await db.SaveChangesAsync(ct);
        return final;
    }, ct);

    /// <param name="awaiting">The status the caller was authorised to decide on (the clerk's or the approver's level).</param>
    public Task ReturnAsync(int id, RequestStatus awaiting, ReasonForm form, CancellationToken ct) =>
        Decide(id, awaiting, RequestStatus.Returned, r => r.ReturnForCorrection(By, clock.GetUtcNow(), form.Reason ?? ""), ct);

    public Task RejectAsync(int id, RequestStatus awaiting, ReasonForm form, CancellationToken ct) =>
        Decide(id, awaiting, RequestStatus.Rejected, r => r.Reject(By, clock.GetUtcNow(), form.Reason ?? ""), ct);

    public Task PayAsync(int id, PaymentForm form, CancellationToken ct) => db.InMovementAsync(async ct =>
    {
        if (form.PaidOn > clock.ChinaToday())
        {
            throw new DomainRuleException("Rule.PaidOnInFuture", form.PaidOn.Value.ToString("yyyy-MM-dd", null)) { Field = nameof(form.PaidOn) };
        }

        var request = await db.LoadRequestAsync(id, ct);
        var at = clock.GetUtcNow();
        request.RecordPayment(By, at, form.PaidOn!.Value, form.BankReference ?? "");
        db.JournalEntries.Add(DisbursementPostings.Payment(request, at, By));
        await db.SaveChangesAsync(ct);
        return request.Id;
    }, ct);

    private string By => user.UserName ?? "system";

    private bool Confirm(DisbursementRequest request, Grants.Domain.Projects.Project project, string by, DateTimeOffset at)
    {
        request.ConfirmApproval(project, by, at, rules.Tranches, rules.CoFinancing);
        return true;
    }

    private Task<int> Decide(int id, RequestStatus awaiting, RequestStatus to, Action<DisbursementRequest> decision, CancellationToken ct) =>
        db.InMovementAsync(async ct =>
    {
        var request = await db.LoadRequestAsync(id, ct);
        if (request.Status != awaiting)
        {
            throw new DomainRuleException("Rule.RequestTransitionInvalid", $"RequestStatus.{request.Status}", $"RequestStatus.{to}");
        }

        decision(request);
        await db.SaveChangesAsync(ct);
        return request.Id;
    }, ct);

    private async Task<(DisbursementRequest Request, Grants.Domain.Projects.Project Project)> LoadAsync(int id, CancellationToken ct)
    {
        var request = await db.LoadRequestAsync(id, ct);
        return (request, await db.LoadProjectAsync(request.ProjectId, ct));
    }
}

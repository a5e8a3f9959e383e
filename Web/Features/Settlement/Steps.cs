using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Settlement;
using Grants.Web.Jobs;
using Hangfire;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Settlement;

/// <summary>
/// A button on the settlement: the version of the settlement the user saw (a double click or a stale page is refused,
/// nothing changes) and the township tab to come back to. A refused step shows the settlement again with the message.
/// </summary>
public class SettlementStepForm
{
    [Display(Name = "Settlement.Version")]
    [Required(ErrorMessage = "Validation.Required")]
    public int? Version { get; set; }

    public int? Township { get; set; }

    [BindNever, ValidateNever]
    public SettlementPage? Page { get; set; }
}

/// <summary>申请重开: the administrator says why the confirmed quarter must be corrected.</summary>
public sealed class ReopenRequestForm : SettlementStepForm
{
    [Display(Name = "Settlement.ReopenReason")]
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(500, ErrorMessage = "Validation.StringLength")]
    public string? Reason { get; set; }
}

/// <summary>
/// The people's steps of a settlement, each through SettlementSteps (one transaction, guarded by the version). After
/// the approver confirms, the payouts job is queued; the jobs queue the documents themselves, and a recurring job picks
/// up a confirmed settlement whose job was lost. Approving a re-opening queues nothing: the clerk re-drafts.
/// </summary>
public sealed class SettlementStepHandler(
    GrantsDbContext db, SettlementSteps steps, SettlementDrafting drafting, IBackgroundJobClient jobs, ICurrentUser user)
{
    public Task ReviewAsync(int id, SettlementStepForm form, CancellationToken ct) => steps.ReviewAsync(id, VersionOf(form), By, ct);

    public async Task ConfirmAsync(int id, SettlementStepForm form, CancellationToken ct)
    {
        await steps.ConfirmAsync(id, VersionOf(form), By, ct);
        jobs.Enqueue<SettlementJobs>(j => j.PayAsync(id, CancellationToken.None));
    }

    public Task RequestReopeningAsync(int id, ReopenRequestForm form, CancellationToken ct) =>
        steps.RequestReopeningAsync(id, VersionOf(form), By, form.Reason?.Trim() ?? "", ct);

    public Task ApproveReopeningAsync(int id, SettlementStepForm form, CancellationToken ct) => steps.ApproveReopeningAsync(id, VersionOf(form), By, ct);

    /// <summary>
    /// Computes the draft again from the scores as they are now (a review is discarded; a confirmed quarter is refused),
    /// provided the settlement is still as the clerk saw it — checked inside the drafting's transaction.
    /// </summary>
    public async Task RedraftAsync(int id, SettlementStepForm form, CancellationToken ct)
    {
        var quarter = await db.Settlements.AsNoTracking().Where(s => s.Id == id).Select(s => (Grants.Domain.Assessment.Quarter?)s.Quarter).SingleOrDefaultAsync(ct)
            ?? throw new DomainRuleException("Rule.Settlement.NotFound");
        await drafting.DraftAsync(quarter, By, ct, redraft: true, expectedVersion: VersionOf(form));
    }

    private string By => user.UserName ?? "system";

    private static int VersionOf(SettlementStepForm form) => form.Version ?? throw new DomainRuleException("Rule.Settlement.ChangedMeanwhile");
}

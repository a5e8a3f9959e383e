using Grants.Domain.Disbursements;
using Grants.Domain.Users;
using Grants.Web.Features.Requests;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Grants.Web.Features.Review;

/// <summary>
/// 审核: the finance clerk approves (the first of two above the threshold), returns or rejects; the finance
/// approver gives the second approval; the clerk records the payment. Each decision is its own small page.
/// </summary>
public sealed class ReviewController(RequestHeadingQuery headings, ReviewHandler review) : RequestChangeController(headings)
{
    private const string Deciders = RequestRoles.Reviewers + "," + RequestRoles.SecondApprovers;

    [HttpGet, Authorize(Roles = Deciders)]
    public Task<IActionResult> Approve(int id, CancellationToken ct) => Show(id, new ApprovalForm(), ct);

    [HttpPost, Authorize(Roles = Deciders)]
    public async Task<IActionResult> Approve([FromRoute] int id, ApprovalForm form, CancellationToken ct)
    {
        if (!await FindAsync(id, form, ct))
        {
            return NotFound();
        }

        // The first approval is the clerk's; the second, above the threshold, the approver's.
        var second = form.Request.Status == RequestStatus.FirstApproved;
        if (!User.IsInRole(second ? Role.FinanceApprover : Role.FinanceClerk))
        {
            return Forbid();
        }

        return await Apply(id, form, () => review.ApproveAsync(id, second, ct), second ? "Review.Confirmed" : "Review.Approved", ct);
    }

    [HttpGet, Authorize(Roles = Deciders)]
    public Task<IActionResult> Return(int id, CancellationToken ct) => Show(id, new ReasonForm(), ct);

    [HttpPost, Authorize(Roles = Deciders)]
    public Task<IActionResult> Return([FromRoute] int id, ReasonForm form, CancellationToken ct) =>
        Decide(id, form, awaiting => review.ReturnAsync(id, awaiting, form, ct), "Review.Returned", ct);

    [HttpGet, Authorize(Roles = Deciders)]
    public Task<IActionResult> Reject(int id, CancellationToken ct) => Show(id, new ReasonForm(), ct);

    [HttpPost, Authorize(Roles = Deciders)]
    public Task<IActionResult> Reject([FromRoute] int id, ReasonForm form, CancellationToken ct) =>
        Decide(id, form, awaiting => review.RejectAsync(id, awaiting, form, ct), "Review.Rejected", ct);

    [HttpGet, Authorize(Roles = RequestRoles.Payers)]
    public Task<IActionResult> Pay(int id, CancellationToken ct) => Show(id, review.NewPayment(), ct);

    [HttpPost, Authorize(Roles = RequestRoles.Payers)]
    public Task<IActionResult> Pay([FromRoute] int id, PaymentForm form, CancellationToken ct) =>
        Apply(id, form, () => review.PayAsync(id, form, ct), "Review.Paid", ct);

    /// <summary>
    /// Returning or rejecting belongs to whoever the request awaits: the clerk while it is submitted, the approver once
    /// it has its first approval. The handler refuses if the request has moved on since this was read.
    /// </summary>
    private async Task<IActionResult> Decide(int id, ReasonForm form, Func<RequestStatus, Task> decide, string doneKey, CancellationToken ct)
    {
        if (!await FindAsync(id, form, ct))
        {
            return NotFound();
        }

        var awaiting = form.Request.Status;
        var allowed = awaiting switch
        {
            RequestStatus.Submitted => User.IsInRole(Role.FinanceClerk),
            RequestStatus.FirstApproved => User.IsInRole(Role.FinanceApprover),
            _ => true, // the handler refuses the transition with a message
        };
        return allowed ? await Apply(id, form, () => decide(awaiting), doneKey, ct) : Forbid();
    }
}

using Grants.Domain.Projects;

namespace Grants.Domain.Disbursements;

/// <summary>
/// Review (审核) by maker-checker: nobody approves what they filed, nor approves twice at both levels. The final
/// approval commits the money against the project's source; the payment is recorded with the bank's reference.
/// </summary>
public sealed partial class DisbursementRequest
{
    /// <summary>
    /// The clerk's approval. Above the threshold it is the first of two and commits nothing yet; otherwise it is final.
    /// Returns true when the request is now approved for payment (the caller posts the commitment).
    /// </summary>
    public bool Approve(Project project, string by, DateTimeOffset at, DisbursementRules rules, TranchePlan plan, CoFinancingRules coFinancing)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(rules);
        EnsureStatus(RequestStatus.Submitted, RequestStatus.Approved);
        EnsureProject(project);
        EnsureNotFiler(by);
        if (rules.NeedsSecondApproval(Amount))
        {
            // Checked now so the clerk hears of a budget problem at once; committed only at the second approval.
            var problems = project.DisbursementProblems(Source!.Value, Amount, plan, coFinancing);
            if (problems.Count > 0)
            {
                throw problems[0];
            }

            FirstApprovedBy = by;
            Status = RequestStatus.FirstApproved;
            Record(ReviewAction.FirstApproved, by, at);
            Version++;
            return false;
        }

        Commit(project, by, at, plan, coFinancing);
        return true;
    }

    /// <summary>复核: the second approval above the threshold, by a different person from the filer and the first approver.</summary>
    public void ConfirmApproval(Project project, string by, DateTimeOffset at, TranchePlan plan, CoFinancingRules coFinancing)
    {
        ArgumentNullException.ThrowIfNull(project);
        EnsureStatus(RequestStatus.FirstApproved, RequestStatus.Approved);
        EnsureProject(project);
        EnsureNotFiler(by);
        if (string.Equals(by, FirstApprovedBy, StringComparison.Ordinal))
        {
            throw new DomainRuleException("Rule.SecondApprovalBySamePerson");
        }

        Commit(project, by, at, plan, coFinancing);
    }

    /// <summary>退回修改: back to the accountant with the reason; the next submission is the next round.</summary>
    public void ReturnForCorrection(string by, DateTimeOffset at, string reason)
    {
        EnsureUnderReview(RequestStatus.Returned);
        Record(ReviewAction.Returned, by, at, Text.Require(reason, "Review.Reason", 500, "Reason"));
        Status = RequestStatus.Returned;
        FirstApprovedBy = null;
        Round++;
        Version++;
    }

    /// <summary>不予报账: final; the reason is kept.</summary>
    public void Reject(string by, DateTimeOffset at, string reason)
    {
        EnsureUnderReview(RequestStatus.Rejected);
        Record(ReviewAction.Rejected, by, at, Text.Require(reason, "Review.Reason", 500, "Reason"));
        Status = RequestStatus.Rejected;
        Version++;
    }

    /// <summary>支付: the money has left by the bank (or as cash, under the limit), on a day not before the approval.</summary>
    public void RecordPayment(string by, DateTimeOffset at, DateOnly paidOn, string bankReference)
    {
        EnsureStatus(RequestStatus.Approved, RequestStatus.Paid);
        var approvedOn = ApprovedOn!.Value;
        if (paidOn < approvedOn)
        {
            throw new DomainRuleException("Rule.DateBeforeEarlierStep", Iso(paidOn), Iso(approvedOn)) { Field = "PaidOn" };
        }

        BankReference = Text.Require(bankReference, "Request.BankReference", 60, nameof(BankReference));
        PaidOn = paidOn;
        Status = RequestStatus.Paid;
        Record(ReviewAction.Paid, by, at);
        Version++;
    }

    private void Commit(Project project, string by, DateTimeOffset at, TranchePlan plan, CoFinancingRules coFinancing)
    {
        project.CommitDisbursement(Source!.Value, Amount, plan, coFinancing);
        ApprovedBy = by;
        ApprovedAt = at;
        Status = RequestStatus.Approved;
        Record(ReviewAction.Approved, by, at);
        Version++;
    }

    private void EnsureNotFiler(string by)
    {
        if (string.Equals(by, FiledBy, StringComparison.Ordinal))
        {
            throw new DomainRuleException("Rule.SelfApproval");
        }
    }

    private void EnsureUnderReview(RequestStatus to)
    {
        if (Status is not (RequestStatus.Submitted or RequestStatus.FirstApproved))
        {
            throw new DomainRuleException("Rule.RequestTransitionInvalid", StatusKey(Status), StatusKey(to));
        }
    }

    private void EnsureStatus(RequestStatus from, RequestStatus to)
    {
        if (Status != from)
        {
            throw new DomainRuleException("Rule.RequestTransitionInvalid", StatusKey(Status), StatusKey(to));
        }
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", null);
}

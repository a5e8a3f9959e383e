using Grants.Domain.Projects;

namespace Grants.Domain.Disbursements;

/// <summary>Submission (提交): everything is checked at once and every problem is named, each under its field.</summary>
public sealed partial class DisbursementRequest
{
    public void Submit(Project project, string by, DateTimeOffset at, DisbursementRules rules, TranchePlan plan, CoFinancingRules coFinancing)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(plan);
        if (!IsEditable)
        {
            throw new DomainRuleException("Rule.RequestTransitionInvalid", StatusKey(Status), StatusKey(RequestStatus.Submitted));
        }

        EnsureProject(project);
        DomainRulesException.ThrowIfAny(SubmissionProblems(project, rules, plan, coFinancing));
        Status = RequestStatus.Submitted;
        SubmittedAt = at;
        Record(ReviewAction.Submitted, by, at);
        Version++;
    }

    /// <summary>What stands between this request and submission; empty when it can go.</summary>
    public IReadOnlyList<DomainRuleException> SubmissionProblems(Project project, DisbursementRules rules, TranchePlan plan, CoFinancingRules coFinancing)
    {
        ArgumentNullException.ThrowIfNull(project);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(plan);
        var problems = new List<DomainRuleException>();
        void Require(bool present, string field, string label)
        {
            if (!present)
            {
                problems.Add(new DomainRuleException("Rule.NameRequired", label) { Field = field });
            }
        }

        Require(Amount.IsPositive, nameof(Amount), "Request.Amount");
        Require(Source is not null, nameof(Source), "Request.Source");
        Require(Method is not null, nameof(Method), "Request.Method");
        Require(PayeeName is not null, nameof(PayeeName), "Request.PayeeName");
        Require(Method != PaymentMethod.BankTransfer || PayeeAccount is not null, nameof(PayeeAccount), "Request.PayeeAccount");
        Require(Method != PaymentMethod.BankTransfer || PayeeBank is not null, nameof(PayeeBank), "Request.PayeeBank");
        Require(Purpose is not null, nameof(Purpose), "Request.Purpose");
        Require(Handler is not null, nameof(Handler), "Request.Handler");
        Require(Witness is not null, nameof(Witness), "Request.Witness");
        if (Handler is not null && Handler == Witness)
        {
            problems.Add(new DomainRuleException("Rule.WitnessIsHandler") { Field = nameof(Witness) });
        }

        if (Method == PaymentMethod.Cash && Amount > rules.CashLimit)
        {
            problems.Add(new DomainRuleException("Rule.CashAboveLimit", Amount.ToString(), rules.CashLimit.ToString()) { Field = nameof(Method) });
        }

        problems.AddRange(EvidenceProblems(project, plan));
        if (Source is { } source && Amount.IsPositive)
        {
            problems.AddRange(project.DisbursementProblems(source, Amount, plan, coFinancing));
        }

        return problems;
    }

    /// <summary>
    /// An IOU (白条) is never evidence enough on its own; and a payment that reaches into the tranche after
    /// acceptance carries the acceptance record (验收单).
    /// </summary>
    private IEnumerable<DomainRuleException> EvidenceProblems(Project project, TranchePlan plan)
    {
        if (invoices.Count == 0 && evidence.Count == 0)
        {
            yield return new DomainRuleException("Rule.EvidenceMissing") { Field = "Evidence" };
        }
        else if (invoices.Count == 0 && evidence.TrueForAll(e => e.Kind == EvidenceKind.Iou))
        {
            yield return new DomainRuleException("Rule.IouOnly") { Field = "Evidence" };
        }

        var beforeAcceptance = plan.PayableCap(project.Budget.Payable, TrancheStage.WorksCompleted);
        if (project.Disbursed + Amount > beforeAcceptance && !evidence.Exists(e => e.Kind == EvidenceKind.AcceptanceRecord))
        {
            yield return new DomainRuleException("Rule.AcceptanceRecordNeeded", beforeAcceptance.ToString()) { Field = "Evidence" };
        }
    }

    private void EnsureProject(Project project)
    {
        if (project.Id != ProjectId)
        {
            throw new ArgumentException("The request belongs to another project.", nameof(project));
        }
    }
}

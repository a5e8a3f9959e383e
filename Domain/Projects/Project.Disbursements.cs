using Grants.Domain.Disbursements;

namespace Grants.Domain.Projects;

/// <summary>
/// What has been approved for payment from each cash source (拨付). Approval commits the money here, in the same
/// save as the request, so <see cref="Version"/> makes two approvals that would together overdraw a source
/// collide instead of both going through.
/// </summary>
public sealed partial class Project
{
    public Money DisbursedIntegratedFunds { get; private set; }

    public Money DisbursedDonations { get; private set; }

    public Money DisbursedSelfFunding { get; private set; }

    public Money Disbursed => DisbursedIntegratedFunds + DisbursedDonations + DisbursedSelfFunding;

    public Money BudgetFor(CashSource source) => source switch
    {
        CashSource.IntegratedFunds => IntegratedFunds,
        CashSource.Donations => Budget.Donations,
        CashSource.SelfFunding => SelfFundingCash,
        _ => throw new DomainRuleException("Rule.CashSourceInvalid"),
    };

    public Money DisbursedFrom(CashSource source) => source switch
    {
        CashSource.IntegratedFunds => DisbursedIntegratedFunds,
        CashSource.Donations => DisbursedDonations,
        CashSource.SelfFunding => DisbursedSelfFunding,
        _ => throw new DomainRuleException("Rule.CashSourceInvalid"),
    };

    public Money RemainingIn(CashSource source) => BudgetFor(source) - DisbursedFrom(source);

    /// <summary>
    /// Every reason a payment of <paramref name="amount"/> from <paramref name="source"/> cannot be made now: the
    /// notice has not closed clean (not approved), the project is closed, the source has not that much left, the
    /// tranche plan caps the stage below it, or the budget breaks the co-financing rules. Empty when it can.
    /// </summary>
    public IReadOnlyList<DomainRuleException> DisbursementProblems(CashSource source, Money amount, TranchePlan plan, CoFinancingRules rules)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(rules);
        var problems = new List<DomainRuleException>();
        if (Status is ProjectStatus.Planning or ProjectStatus.PublicNotice)
        {
            problems.Add(new DomainRuleException("Rule.DisbursementBeforeApproval", StatusKey(Status)));
            return problems;
        }

        if (Status is ProjectStatus.Settled or ProjectStatus.Archived)
        {
            problems.Add(new DomainRuleException("Rule.ProjectClosedForFunds", Name));
            return problems;
        }

        if (!Enum.IsDefined(source) || !amount.IsPositive)
        {
            return problems;
        }

        var remaining = RemainingIn(source);
        if (amount > remaining)
        {
            problems.Add(new DomainRuleException("Rule.SourceExhausted", amount.ToString(), $"CashSource.{source}", (remaining.IsNegative ? Money.Zero : remaining).ToString())
            {
                Field = "Amount",
            });
        }

        if (!CanPay(plan, Disbursed, amount))
        {
            problems.Add(TrancheCapExceeded(plan, Disbursed, amount, "Amount"));
        }

        problems.AddRange(rules.Breaches(Budget).Select(b => b.ToException()));
        return problems;
    }

    /// <summary>Commits an approved payment against its source; refuses with the first problem if it cannot be made.</summary>
    public void CommitDisbursement(CashSource source, Money amount, TranchePlan plan, CoFinancingRules rules)
    {
        if (!amount.IsPositive)
        {
            throw new DomainRuleException("Rule.AmountMustBePositive");
        }

        var problems = DisbursementProblems(source, amount, plan, rules);
        if (problems.Count > 0)
        {
            throw problems[0];
        }

        switch (source)
        {
            case CashSource.IntegratedFunds: DisbursedIntegratedFunds += amount; break;
            case CashSource.Donations: DisbursedDonations += amount; break;
            default: DisbursedSelfFunding += amount; break;
        }

        Version++;
    }
}

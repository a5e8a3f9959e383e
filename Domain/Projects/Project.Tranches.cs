namespace Grants.Domain.Projects;

/// <summary>The tranche plan applied to this project: what its stage allows to have been paid from its cash sources.</summary>
public sealed partial class Project
{
    public TrancheStage TrancheStage => Status switch
    {
        ProjectStatus.InProgress => WorksCompletedOn is null ? TrancheStage.Started : TrancheStage.WorksCompleted,
        ProjectStatus.Accepted or ProjectStatus.Settled or ProjectStatus.Archived => TrancheStage.Accepted,
        _ => TrancheStage.NotStarted,
    };

    /// <summary>The most that may have been paid in total now, from the cash sources only.</summary>
    public Money PayableCap(TranchePlan plan) =>
        (plan ?? throw new ArgumentNullException(nameof(plan))).PayableCap(Budget.Payable, TrancheStage);

    public bool CanPay(TranchePlan plan, Money alreadyPaid, Money amount) =>
        (plan ?? throw new ArgumentNullException(nameof(plan))).CanPay(Budget.Payable, TrancheStage, alreadyPaid, amount);

    /// <summary>Refuses a payment the tranche plan does not allow yet, naming what is still payable.</summary>
    public void EnsurePayable(TranchePlan plan, Money alreadyPaid, Money amount)
    {
        if (!amount.IsPositive)
        {
            throw new DomainRuleException("Rule.AmountMustBePositive");
        }

        if (!CanPay(plan, alreadyPaid, amount))
        {
            throw TrancheCapExceeded(plan, alreadyPaid, amount);
        }
    }

    /// <summary>The refusal naming the amount, what the stage still allows, and the stage.</summary>
    private DomainRuleException TrancheCapExceeded(TranchePlan plan, Money alreadyPaid, Money amount, string? field = null)
    {
        var left = PayableCap(plan) - alreadyPaid;
        return new DomainRuleException("Rule.TrancheCapExceeded", amount.ToString(), (left.IsNegative ? Money.Zero : left).ToString(), StatusKey(Status))
        {
            Field = field,
        };
    }
}

namespace Grants.Domain.Disbursements;

/// <summary>
/// The county's 报账 limits: above <see cref="SecondApprovalAbove"/> a second, different person approves; above
/// <see cref="CashLimit"/> a payment must be a bank transfer. Defaults from DOMAIN.md.
/// </summary>
public sealed record DisbursementRules
{
    public DisbursementRules(Money? secondApprovalAbove = null, Money? cashLimit = null)
    {
        SecondApprovalAbove = secondApprovalAbove ?? Money.FromYuan(100_000m);
        CashLimit = cashLimit ?? Money.FromYuan(2_000m);
        if (SecondApprovalAbove.IsNegative || CashLimit.IsNegative)
        {
            throw new DomainRuleException("Rule.DisbursementLimitsInvalid");
        }
    }

    public static DisbursementRules Default { get; } = new();

    public Money SecondApprovalAbove { get; }

    public Money CashLimit { get; }

    public bool NeedsSecondApproval(Money amount) => amount > SecondApprovalAbove;
}

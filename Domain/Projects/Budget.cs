namespace Grants.Domain.Projects;

/// <summary>
/// A project's budget (账单) by source. Cash sources can be paid out; in-kind contributions (投工投劳) are valued
/// and reported beside the cash so the residents' share is visible, but never paid.
/// </summary>
public sealed record Budget(Money IntegratedFunds, Money Donations, Money SelfFundingCash, Money Labour, Money Materials)
{
    public Money CashTotal => IntegratedFunds + Donations + SelfFundingCash;

    public Money InKindTotal => Labour + Materials;

    public Money Total => CashTotal + InKindTotal;

    /// <summary>What the tranche plan caps: only cash can be disbursed.</summary>
    public Money Payable => CashTotal;

    /// <summary>The residents' own share (群众自筹, cash and in kind: labour and materials).</summary>
    public Money ResidentsShare => SelfFundingCash + Labour + Materials;
}

namespace Grants.Domain.Projects;

/// <summary>
/// How much of the payable budget (cash sources only) may have been disbursed by each stage: payments follow the
/// progress, so the last share waits for the acceptance (验收).
/// </summary>
public sealed record TranchePlan
{
    public TranchePlan(decimal atStartPercent = 30m, decimal beforeAcceptancePercent = 80m, decimal afterAcceptancePercent = 100m)
    {
        if (atStartPercent < 0m || atStartPercent > beforeAcceptancePercent || beforeAcceptancePercent > afterAcceptancePercent || afterAcceptancePercent > 100m)
        {
            throw new DomainRuleException("Rule.TranchePlanInvalid");
        }

        AtStartPercent = atStartPercent;
        BeforeAcceptancePercent = beforeAcceptancePercent;
        AfterAcceptancePercent = afterAcceptancePercent;
    }

    public static TranchePlan Default { get; } = new();

    public decimal AtStartPercent { get; }

    public decimal BeforeAcceptancePercent { get; }

    public decimal AfterAcceptancePercent { get; }

    public decimal PercentFor(TrancheStage stage) => stage switch
    {
        TrancheStage.Started => AtStartPercent,
        TrancheStage.WorksCompleted => BeforeAcceptancePercent,
        TrancheStage.Accepted => AfterAcceptancePercent,
        _ => 0m,
    };

    /// <summary>The most that may have been paid in total at this stage, rounded to the fen by Money's one policy.</summary>
    public Money PayableCap(Money payableBudget, TrancheStage stage) => payableBudget.Percent(PercentFor(stage));

    public bool CanPay(Money payableBudget, TrancheStage stage, Money alreadyPaid, Money amount) =>
        amount.IsPositive && !alreadyPaid.IsNegative && alreadyPaid + amount <= PayableCap(payableBudget, stage);
}

/// <summary>Where a project stands for payments; derived from its status and whether the works are complete (完工).</summary>
public enum TrancheStage
{
    NotStarted = 0,
    Started = 1,
    WorksCompleted = 2,
    Accepted = 3,
}

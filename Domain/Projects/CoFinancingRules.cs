namespace Grants.Domain.Projects;

/// <summary>
/// The county's co-financing rules (配套比例): integrated funds may cover at most a share of the total budget, and the
/// residents must carry at least a share themselves, in cash or in kind. Drafting shows the breaches as warnings;
/// approval refuses while there is any.
/// </summary>
public sealed record CoFinancingRules
{
    public CoFinancingRules(decimal maxIntegratedPercent = 60m, decimal minResidentsPercent = 20m)
    {
        if (maxIntegratedPercent is < 0m or > 100m || minResidentsPercent is < 0m or > 100m)
        {
            throw new DomainRuleException("Rule.CoFinancingPercentInvalid");
        }

        MaxIntegratedPercent = maxIntegratedPercent;
        MinResidentsPercent = minResidentsPercent;
    }

    public static CoFinancingRules Default { get; } = new();

    public decimal MaxIntegratedPercent { get; }

    /// <summary>Self-funding in cash plus labour and materials in kind, as a share of the total budget.</summary>
    public decimal MinResidentsPercent { get; }

    public IReadOnlyList<CoFinancingBreach> Breaches(Budget budget)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var breaches = new List<CoFinancingBreach>();
        if (budget.Total.IsZero)
        {
            breaches.Add(new CoFinancingBreach("Rule.BudgetEmpty", 0m, 0m));
            return breaches;
        }

        // Compared exactly in fen (share × 100 against total × limit); the percentages are only for the message.
        if (budget.IntegratedFunds.Fen * 100m > budget.Total.Fen * MaxIntegratedPercent)
        {
            breaches.Add(new CoFinancingBreach("Rule.IntegratedShareTooHigh", ShareOf(budget.IntegratedFunds, budget.Total), MaxIntegratedPercent));
        }

        if (budget.ResidentsShare.Fen * 100m < budget.Total.Fen * MinResidentsPercent)
        {
            breaches.Add(new CoFinancingBreach("Rule.ResidentsShareTooLow", ShareOf(budget.ResidentsShare, budget.Total), MinResidentsPercent));
        }

        return breaches;
    }

    private static decimal ShareOf(Money part, Money total) =>
        Math.Round(part.Fen * 100m / total.Fen, 1, MidpointRounding.AwayFromZero);
}

/// <summary>One broken co-financing rule: <see cref="Code"/> is its message key, with the actual and the limit share in %.</summary>
public sealed record CoFinancingBreach(string Code, decimal ActualPercent, decimal LimitPercent)
{
    public DomainRuleException ToException() => new(Code, ActualPercent, LimitPercent);
}

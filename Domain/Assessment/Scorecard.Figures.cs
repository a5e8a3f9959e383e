namespace Grants.Domain.Assessment;

/// <summary>
/// A scorecard's figures and its way to completion. Rounding happens in exactly two places, both to two decimals,
/// half away from zero: the residents' score (the mean of the groups' satisfied percentages, each group counting
/// equally whatever its sample size), and the composite (computed from that rounded residents' score and the exact
/// criterion points) — so the printed composite follows from the printed residents' score, not from a hidden one.
/// </summary>
public sealed partial class Scorecard
{
    /// <summary>The assessor declares the card done; refused, naming every missing criterion and group, until it is.</summary>
    public void Complete(string by, DateTimeOffset at)
    {
        EnsureOpen();
        var assessor = Assessor(by);
        if (Status != ScorecardStatus.Draft)
        {
            throw new DomainRuleException("Rule.Assessment.ScorecardAlreadyComplete", Quarter.ToString());
        }

        DomainRulesException.ThrowIfAny(MissingParts());
        Status = ScorecardStatus.Completed;
        Touch(assessor, at);
    }

    /// <summary>The quarter closes: a complete card is locked (an incomplete one stops the close, see <see cref="QuarterScoring"/>).</summary>
    public void Lock()
    {
        EnsureOpen();
        if (Status != ScorecardStatus.Completed)
        {
            throw new DomainRuleException("Rule.Assessment.ScorecardIncomplete", Quarter.ToString());
        }

        Status = ScorecardStatus.Locked;
        Version++;
    }

    /// <summary>Only the quarter's re-opening (two people, a reason — decided by the settlement) unlocks a card.</summary>
    public void Unlock()
    {
        if (Status != ScorecardStatus.Locked)
        {
            throw new InvalidOperationException("Only a locked scorecard can be unlocked.");
        }

        Status = ScorecardStatus.Completed;
        Version++;
    }

    /// <summary>The points given <paramref name="criterion"/>, or null while it has none.</summary>
    public decimal? PointsFor(RubricCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return scores.Find(s => s.CriterionOrder == criterion.Order)?.Points;
    }

    /// <summary>0–100, or null until every group has been surveyed.</summary>
    public decimal? ResidentsScore => Enum.GetValues<ResidentGroup>().All(g => satisfaction.Exists(s => s.Group == g))
        ? RoundScore(satisfaction.Sum(s => s.Percent) / satisfaction.Count)
        : null;

    /// <summary>0–100 on the rubric's composite scale, or null while any part is missing.</summary>
    public decimal? Composite => ResidentsScore is { } residents && Rubric.Criteria.All(c => PointsFor(c) is not null)
        ? RoundScore(Rubric.Criteria.Sum(c => PointsFor(c)!.Value * c.Weight / c.MaxPoints) + (residents * Rubric.ResidentsWeight / 100m))
        : null;

    /// <summary>The first criterion's points as a share of its maximum (0–1): comparable across rubrics, it breaks ties.</summary>
    public decimal FirstCriterionShare => Rubric.Criteria.Count > 0 && PointsFor(Rubric.Criteria[0]) is { } points
        ? points / Rubric.Criteria[0].MaxPoints
        : 0m;

    /// <summary>Every criterion without points and every group not yet surveyed, in rubric order; empty when complete.</summary>
    public IReadOnlyList<DomainRuleException> MissingParts()
    {
        var missing = Rubric.Criteria.Where(c => PointsFor(c) is null)
            .Select(c => new DomainRuleException("Rule.Assessment.CriterionNotScored", c.Name) { Field = nameof(Scores) })
            .ToList();
        missing.AddRange(Enum.GetValues<ResidentGroup>().Where(g => !satisfaction.Exists(s => s.Group == g))
            .Select(g => new DomainRuleException("Rule.Assessment.SatisfactionMissing", GroupKey(g)) { Field = nameof(Satisfaction) }));
        return missing;
    }

    private static decimal RoundScore(decimal score) => Math.Round(score, 2, MidpointRounding.AwayFromZero);
}

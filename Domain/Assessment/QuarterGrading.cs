namespace Grants.Domain.Assessment;

/// <summary>
/// Grades a closed quarter (评定): ranks the county's scored communities, grades them by the quarter's rules, works out
/// the awards against what the award pool holds, and carries each black-card count forward. Pure and deterministic:
/// the same inputs — whatever their order — give the same outcomes and the same snapshot hash.
/// </summary>
public static class QuarterGrading
{
    public static GradingResult Compute(Quarter quarter, GradingRules rules, IReadOnlyList<GradingEntry> entries, Money poolAvailable)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(entries);
        Check(quarter, entries);
        if (poolAvailable.IsNegative)
        {
            throw new DomainRuleException("Rule.AmountMustNotBeNegative");
        }

        var snapshot = GradingCanon.Snapshot(quarter, rules, entries, poolAvailable);
        var ranked = Rank(entries, rules.TieBreak);
        var grades = ranked.Select(r => rules.GradeFor(r.Composite, r.Rank)).ToList();
        var nominal = grades.Select(rules.AwardFor).ToList();
        var needed = nominal.Total();
        var proRated = needed > poolAvailable;
        if (proRated && rules.Shortfall == ShortfallPolicy.Refuse)
        {
            throw new DomainRuleException("Rule.Assessment.AwardPoolShort", needed.ToString(), poolAvailable.ToString(), (needed - poolAvailable).ToString());
        }

        // Largest remainder over the nominal awards: the total is exactly the pool, each award within a fen of its share.
        var awards = proRated ? poolAvailable.Allocate([.. nominal.Select(a => a.Fen)]) : nominal;
        var outcomes = ranked.Select((r, i) => new CommunityOutcome(
            r.Entry.Community, r.Entry.Scorecard.Id, r.Composite, r.Residents, r.Rank, grades[i], nominal[i], awards[i],
            CardStanding.After(r.Entry.BlackCardsBefore, grades[i]))).ToList();
        return new GradingResult(quarter, rules, outcomes, poolAvailable, needed, awards.Total(), proRated, snapshot, GradingCanon.ResultHash(outcomes));
    }

    private sealed record Ranked(GradingEntry Entry, decimal Composite, decimal Residents, decimal FirstShare, int Rank);

    private static List<Ranked> Rank(IReadOnlyList<GradingEntry> entries, TieBreak tieBreak)
    {
        // Ordinal text comparison: a culture's collation could differ between machines, and a recomputation must not.
        var ordered = entries
            .Select(e => new Ranked(e, e.Scorecard.Composite!.Value, e.Scorecard.ResidentsScore!.Value, e.Scorecard.FirstCriterionShare, 0))
            .OrderByDescending(r => r.Composite)
            .ThenByDescending(r => r.Residents)
            .ThenByDescending(r => r.FirstShare)
            .ThenBy(r => r.Entry.Community.TownshipCode, StringComparer.Ordinal)
            .ThenBy(r => r.Entry.Community.Name, StringComparer.Ordinal)
            .ThenBy(r => r.Entry.Community.Id)
            .ToList();
        var ranked = new List<Ranked>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            // Shared ranks are competition ranks (1, 2, 2, 4): a tie takes the rank of the first of its group.
            var shared = tieBreak == TieBreak.SharedRank && i > 0 && ordered[i].Composite == ordered[i - 1].Composite;
            ranked.Add(ordered[i] with { Rank = shared ? ranked[i - 1].Rank : i + 1 });
        }

        return ranked;
    }

    private static void Check(Quarter quarter, IReadOnlyList<GradingEntry> entries)
    {
        foreach (var entry in entries)
        {
            ArgumentNullException.ThrowIfNull(entry);
            ArgumentOutOfRangeException.ThrowIfNegative(entry.BlackCardsBefore);
            if (entry.Scorecard.Quarter != quarter || entry.Scorecard.CommunityId != entry.Community.Id)
            {
                throw new ArgumentException($"The scorecard of community {entry.Community.Id} is not its scorecard for {quarter}.", nameof(entries));
            }
        }

        if (entries.GroupBy(e => e.Community.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Community {twice.Key} is graded twice.", nameof(entries));
        }

        var incomplete = entries.Where(e => !e.Scorecard.IsComplete).Select(e => e.Community).ToList();
        if (incomplete.Count > 0)
        {
            throw QuarterScoring.ScoresMissing(quarter, incomplete);
        }
    }
}

namespace Grants.Domain.Assessment;

/// <summary>
/// A quarter's scoring status (评分进度): which pilot communities still lack a complete scorecard, and closing the
/// quarter (scores locked), which is refused while any do — naming every one of them.
/// </summary>
public sealed class QuarterScoring
{
    private readonly List<AssessedCommunity> pilots;
    private readonly List<Scorecard> scorecards;

    /// <param name="pilots">The pilot communities assessed this quarter.</param>
    /// <param name="scorecards">The quarter's scorecards (cards of other quarters are ignored).</param>
    public QuarterScoring(Quarter quarter, IEnumerable<AssessedCommunity> pilots, IEnumerable<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(pilots);
        ArgumentNullException.ThrowIfNull(scorecards);
        Quarter = quarter;
        this.pilots = [.. pilots];
        this.scorecards = [.. scorecards.Where(s => s.Quarter == quarter)];
    }

    public Quarter Quarter { get; }

    public int PilotCount => pilots.Count;

    public int CompleteCount => PilotCount - Missing().Count;

    /// <summary>Pilots with no scorecard or only a draft, by township code and name (ordinal, so always in the same order).</summary>
    public IReadOnlyList<AssessedCommunity> Missing()
    {
        var complete = scorecards.Where(s => s.IsComplete).Select(s => s.CommunityId).ToHashSet();
        return [.. pilots.Where(p => !complete.Contains(p.Id)).OrderBy(p => p.TownshipCode, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id)];
    }

    /// <summary>
    /// Locks every complete scorecard of the quarter, or — when any pilot is still missing — refuses and changes nothing.
    /// Whether the quarter was already closed is the settlement's to know; this only locks what is not locked yet.
    /// </summary>
    /// <returns>How many cards were locked now.</returns>
    public int Close()
    {
        var missing = Missing();
        if (missing.Count > 0)
        {
            throw ScoresMissing(Quarter, missing);
        }

        var toLock = scorecards.Where(s => s.Status == ScorecardStatus.Completed).ToList();
        toLock.ForEach(s => s.Lock());
        return toLock.Count;
    }

    /// <summary>The quarter, how many, and every name ("城关镇 张家村、河口镇 李家湾").</summary>
    internal static DomainRuleException ScoresMissing(Quarter quarter, IReadOnlyList<AssessedCommunity> missing) =>
        new("Rule.Assessment.ScoresMissing", quarter.ToString(), missing.Count, string.Join("、", missing.Select(m => m.DisplayName)));
}

using Grants.Domain.Organisation;

namespace Grants.Domain.Assessment;

/// <summary>A community as grading, its messages and its documents name it.</summary>
public sealed record AssessedCommunity(int Id, string TownshipCode, string Township, string Name, CommunityCategory Category)
{
    /// <summary>"城关镇 张家村", as lists in messages show it.</summary>
    public string DisplayName => $"{Township} {Name}";
}

/// <summary>
/// One community to grade: its complete scorecard for the quarter and its black cards in a row before this quarter
/// (the previous quarter's <see cref="CardStanding.BlackCardsInARow"/>; 0 when it was not graded then).
/// </summary>
public sealed record GradingEntry(AssessedCommunity Community, Scorecard Scorecard, int BlackCardsBefore = 0);

/// <summary>
/// One community's quarter. <see cref="NominalAward"/> is what its grade earns under the rules; <see cref="Award"/> is
/// what it is paid — less only when the pool fell short and the rules say pro rata.
/// </summary>
public sealed record CommunityOutcome(
    AssessedCommunity Community,
    long ScorecardId,
    decimal Composite,
    decimal ResidentsScore,
    int Rank,
    Grade Grade,
    Money NominalAward,
    Money Award,
    CardStanding Card);

/// <summary>A quarter's grading: outcomes in rank order, the award totals, and the snapshot the result follows from.</summary>
/// <param name="ProRated">True when the pool fell short and every award was scaled to <see cref="PoolAvailable"/>.</param>
/// <param name="ResultHash">SHA-256 (hex) of the outcomes in canonical form: a recomputation compares equal by it.</param>
public sealed record GradingResult(
    Quarter Quarter,
    GradingRules Rules,
    IReadOnlyList<CommunityOutcome> Outcomes,
    Money PoolAvailable,
    Money NominalTotal,
    Money AwardTotal,
    bool ProRated,
    GradingSnapshot Snapshot,
    string ResultHash);

/// <summary>The inputs of a grading as canonical text (<see cref="Text"/>) and its SHA-256 in lower-case hex.</summary>
public sealed record GradingSnapshot(string Text, string Hash);

namespace Grants.Domain.Assessment;

public enum ScorecardStatus
{
    /// <summary>Being entered; parts may still be missing.</summary>
    Draft = 1,

    /// <summary>Every part entered and the assessor has said so; still correctable until the quarter closes.</summary>
    Completed = 2,

    /// <summary>The quarter is closed (scores locked): the settlement grades exactly these figures.</summary>
    Locked = 3,
}

/// <summary>
/// The points a scorecard gives one criterion of its rubric, named by the criterion's order: a rubric version never
/// changes, so (rubric, order) names the criterion even before the database has given it an id.
/// </summary>
public sealed class CriterionScore
{
    private CriterionScore() { }

    internal CriterionScore(int criterionOrder, decimal points) => (CriterionOrder, Points) = (criterionOrder, points);

    public long Id { get; private set; }

    public long ScorecardId { get; private set; }

    public int CriterionOrder { get; private set; }

    public decimal Points { get; private set; }

    internal void Change(decimal points) => Points = points;
}

/// <summary>How many of a group's surveyed residents said they were satisfied (满意).</summary>
public sealed class GroupSatisfaction
{
    private GroupSatisfaction() { }

    internal GroupSatisfaction(ResidentGroup group, int satisfied, int surveyed) => (Group, Satisfied, Surveyed) = (group, satisfied, surveyed);

    public long Id { get; private set; }

    public long ScorecardId { get; private set; }

    public ResidentGroup Group { get; private set; }

    public int Satisfied { get; private set; }

    public int Surveyed { get; private set; }

    /// <summary>The satisfied share in percent, unrounded.</summary>
    public decimal Percent => Satisfied * 100m / Surveyed;

    internal void Change(int satisfied, int surveyed) => (Satisfied, Surveyed) = (satisfied, surveyed);
}

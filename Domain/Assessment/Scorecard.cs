using Grants.Domain.Organisation;

namespace Grants.Domain.Assessment;

/// <summary>
/// A pilot community's scores for one quarter (季度考核评分表) against the rubric version in effect for its category:
/// points per criterion and the residents' evaluation (群众评价). Entered in any order as a draft, completed by the
/// assessor once every part is there, and locked when the quarter closes. Completion, locking and the figures: Scorecard.Figures.cs.
/// </summary>
public sealed partial class Scorecard
{
    private readonly List<CriterionScore> scores = [];
    private readonly List<GroupSatisfaction> satisfaction = [];

    private Scorecard() { }

    public Scorecard(Community community, Quarter quarter, Rubric rubric, string enteredBy, DateTimeOffset enteredAt)
    {
        ArgumentNullException.ThrowIfNull(community);
        ArgumentNullException.ThrowIfNull(rubric);
        if (!community.IsPilot)
        {
            throw new DomainRuleException("Rule.Assessment.CommunityNotPilot", community.Name);
        }

        if (rubric.Category != community.Category || rubric.EffectiveFrom > quarter)
        {
            throw new DomainRuleException("Rule.Assessment.RubricNotForCommunity", rubric.Version, community.Name, quarter.ToString());
        }

        CommunityId = community.Id;
        TownshipId = community.TownshipId;
        Quarter = quarter;
        Rubric = rubric;
        RubricId = rubric.Id;
        Status = ScorecardStatus.Draft;
        Touch(Assessor(enteredBy), enteredAt);
    }

    public long Id { get; private set; }

    public int CommunityId { get; private set; }

    /// <summary>Kept on the scorecard so the township scope filters it without a join.</summary>
    public int TownshipId { get; private set; }

    public Quarter Quarter { get; private set; }

    public int RubricId { get; private set; }

    public Rubric Rubric { get; private set; } = null!;

    public ScorecardStatus Status { get; private set; }

    /// <summary>The assessor who last entered or changed a figure (or completed the card), and when.</summary>
    public string EnteredBy { get; private set; } = "";

    public DateTimeOffset EnteredAt { get; private set; }

    /// <summary>Optimistic concurrency token: two assessors saving one card at once cannot lose either's change.</summary>
    public int Version { get; private set; }

    public IReadOnlyList<CriterionScore> Scores => scores.AsReadOnly();

    public IReadOnlyList<GroupSatisfaction> Satisfaction => satisfaction.AsReadOnly();

    public bool IsComplete => Status is ScorecardStatus.Completed or ScorecardStatus.Locked;

    /// <summary>Gives <paramref name="criterion"/> (by name) 0 to its maximum points, at most two decimals; replaces an earlier figure.</summary>
    public void Score(string criterion, decimal points, string by, DateTimeOffset at)
    {
        EnsureOpen();
        var assessor = Assessor(by);
        var found = Rubric.Find(criterion ?? "") ?? throw new DomainRuleException("Rule.Assessment.CriterionUnknown", criterion ?? "", Rubric.Version);
        if (points < 0m)
        {
            throw new DomainRuleException("Rule.Assessment.ScoreNegative", found.Name);
        }

        if (points > found.MaxPoints)
        {
            throw new DomainRuleException("Rule.Assessment.ScoreAboveMax", found.Name, Canonical.Number(points), Canonical.Number(found.MaxPoints));
        }

        if (decimal.Round(points, 2) != points)
        {
            throw new DomainRuleException("Rule.Assessment.ScoreMoreThanTwoDecimals", found.Name, Canonical.Number(points));
        }

        var existing = scores.Find(s => s.CriterionOrder == found.Order);
        if (existing is null)
        {
            scores.Add(new CriterionScore(found.Order, points));
        }
        else
        {
            existing.Change(points);
        }

        Touch(assessor, at);
    }

    /// <summary>Records a group's survey: <paramref name="satisfied"/> of <paramref name="surveyed"/> residents (at least one surveyed).</summary>
    public void RecordSatisfaction(ResidentGroup group, int satisfied, int surveyed, string by, DateTimeOffset at)
    {
        EnsureOpen();
        var assessor = Assessor(by);
        if (!Enum.IsDefined(group))
        {
            throw new DomainRuleException("Rule.Assessment.ResidentGroupInvalid");
        }

        if (surveyed < 1 || satisfied < 0 || satisfied > surveyed)
        {
            throw new DomainRuleException("Rule.Assessment.SatisfactionCountsInvalid", GroupKey(group), satisfied, surveyed);
        }

        var existing = satisfaction.Find(s => s.Group == group);
        if (existing is null)
        {
            satisfaction.Add(new GroupSatisfaction(group, satisfied, surveyed));
        }
        else
        {
            existing.Change(satisfied, surveyed);
        }

        Touch(assessor, at);
    }

    internal static string GroupKey(ResidentGroup group) => $"ResidentGroup.{group}";

    private static string Assessor(string by) => Text.Require(by, "Scorecard.EnteredBy", 64);

    private void EnsureOpen()
    {
        if (Status == ScorecardStatus.Locked)
        {
            throw new DomainRuleException("Rule.Assessment.ScorecardLocked", Quarter.ToString());
        }
    }

    private void Touch(string assessor, DateTimeOffset at)
    {
        EnteredBy = assessor;
        EnteredAt = at;
        Version++;
    }
}

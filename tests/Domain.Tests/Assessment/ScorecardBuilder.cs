using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Assessment;

/// <summary>
/// The farming-village rubric (人居环境 40, 群众参与 30, 项目进度 20, residents 10 — so the points add straight into the
/// composite), and communities of it scored for 2026Q3 on 8 October 2026 by the assessor.
/// </summary>
public static class Scoring
{
    public const string Assessor = "assessor";
    public static readonly Quarter Q3 = new(2026, 3);
    public static readonly DateTimeOffset At = new(2026, 10, 8, 1, 0, 0, TimeSpan.Zero);

    public static Rubric VillageRubric(int version = 1, string from = "2026Q1", decimal residentsWeight = 10m, params CriterionSpec[] criteria) =>
        new Rubric(
            CommunityCategory.FarmingVillage,
            version,
            Quarter.Parse(from),
            residentsWeight,
            criteria.Length > 0 ? criteria : [new("人居环境", 40), new("群众参与", 30), new("项目进度", 20)],
            "admin",
            At).AsSaved(version);

    public static Community Village(int id, string name = "张家村", bool isPilot = true) =>
        new Community(1, name, CommunityCategory.FarmingVillage, isPilot, RolloutTier.Lead).AsSaved(id);

    public static AssessedCommunity Assessed(int id, string? name = null, string townshipCode = "T01", string township = "城关镇") =>
        new(id, townshipCode, township, name ?? $"村{id:000}", CommunityCategory.FarmingVillage);

    /// <summary>A complete card for community <paramref name="id"/> worth <paramref name="composite"/> (residents all satisfied).</summary>
    public static GradingEntry Entry(int id, decimal composite, int cardsBefore = 0, string? name = null) =>
        new(Assessed(id, name), new ScorecardBuilder(id).WithComposite(composite).Build(), cardsBefore);

    public static void All(this Scorecard card, int satisfied, int surveyed)
    {
        foreach (var group in Enum.GetValues<ResidentGroup>())
        {
            card.RecordSatisfaction(group, satisfied, surveyed, Assessor, At);
        }
    }
}

/// <summary>A scorecard of the village rubric: the points a test names, each group 100 of 100 satisfied, completed.</summary>
public sealed class ScorecardBuilder(int communityId = 1, Rubric? rubric = null)
{
    private readonly Rubric rubric = rubric ?? Scoring.VillageRubric();
    private decimal[] points = [40, 30, 20];
    private int satisfiedPercent = 100;
    private Quarter quarter = Scoring.Q3;
    private bool complete = true;
    private long id = communityId * 10L;

    public ScorecardBuilder WithPoints(params decimal[] criterionPoints)
    {
        points = criterionPoints;
        return this;
    }

    /// <summary>Residents all satisfied (10 points); the rest of the composite filled into the criteria in order.</summary>
    public ScorecardBuilder WithComposite(decimal composite)
    {
        var left = composite - rubric.ResidentsWeight;
        points = [.. rubric.Criteria.Select(c => Take(ref left, c.MaxPoints))];
        return left == 0m ? this : throw new ArgumentOutOfRangeException(nameof(composite));
    }

    /// <summary>Every group <paramref name="percent"/> of 100 satisfied, so the residents' score is <paramref name="percent"/>.</summary>
    public ScorecardBuilder WithResidents(int percent)
    {
        satisfiedPercent = percent;
        return this;
    }

    public ScorecardBuilder In(string quarterCode)
    {
        quarter = Quarter.Parse(quarterCode);
        return this;
    }

    public ScorecardBuilder Draft()
    {
        complete = false;
        return this;
    }

    public ScorecardBuilder SavedAs(long scorecardId)
    {
        id = scorecardId;
        return this;
    }

    public Scorecard Build()
    {
        var card = new Scorecard(Scoring.Village(communityId), quarter, rubric, Scoring.Assessor, Scoring.At).AsSaved(id);
        for (var i = 0; i < points.Length; i++)
        {
            card.Score(rubric.Criteria[i].Name, points[i], Scoring.Assessor, Scoring.At);
        }

        card.All(satisfiedPercent, 100);
        if (complete)
        {
            card.Complete(Scoring.Assessor, Scoring.At);
        }

        return card;
    }

    private static decimal Take(ref decimal left, decimal max)
    {
        var taken = Math.Min(left, max);
        left -= taken;
        return taken;
    }
}

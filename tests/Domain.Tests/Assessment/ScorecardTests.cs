using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Domain.Tests.Builders;

namespace Grants.Domain.Tests.Assessment;

public sealed class ScorecardTests
{
    private readonly Scorecard draft = new ScorecardBuilder().WithPoints().Draft().Build();

    [Fact]
    public void The_composite_adds_each_criterion_s_weighted_points_and_the_residents_share()
    {
        var rubric = Scoring.VillageRubric(1, "2026Q1", 30m, new("人居环境", 30, 20), new("群众参与", 100, 50));
        var card = new ScorecardBuilder(rubric: rubric).WithPoints(17, 81.5m).Draft().Build();
        card.RecordSatisfaction(ResidentGroup.Elderly, 2, 3, Scoring.Assessor, Scoring.At);
        card.RecordSatisfaction(ResidentGroup.Women, 1, 1, Scoring.Assessor, Scoring.At);
        card.RecordSatisfaction(ResidentGroup.Youth, 1, 2, Scoring.Assessor, Scoring.At);

        // Residents: (66.67 + 100 + 50) / 3 = 72.22; composite 17/30 × 20 + 81.5/100 × 50 + 72.22 × 30% = 73.749 → 73.75.
        Assert.Equal(72.22m, card.ResidentsScore);
        Assert.Equal(73.75m, card.Composite);
        Assert.Equal(17m / 30m, card.FirstCriterionShare);
    }

    [Fact]
    public void Scores_are_rounded_to_two_places_half_away_from_zero()
    {
        var card = new ScorecardBuilder().Build();

        card.All(1801, 2000);
        Assert.Equal((90.05m, 99.01m), (card.ResidentsScore, card.Composite)); // 90 + 9.005

        card.All(1, 32);
        Assert.Equal(3.13m, card.ResidentsScore); // 3.125
    }

    [Fact]
    public void Points_above_the_maximum_are_refused_naming_the_criterion_and_change_nothing()
    {
        draft.Score("人居环境", 35, Scoring.Assessor, Scoring.At);
        var version = draft.Version;

        var refused = Assert.Throws<DomainRuleException>(() => draft.Score("人居环境", 40.01m, "assessor2", Scoring.At.AddHours(1)));

        Assert.Equal("Rule.Assessment.ScoreAboveMax", refused.Code);
        Assert.Equal(new object[] { "人居环境", "40.01", "40" }, refused.Arguments);
        Assert.Equal((35m, version, Scoring.Assessor), (draft.PointsFor(draft.Rubric.Criteria[0]), draft.Version, draft.EnteredBy));
    }

    [Theory]
    [InlineData("人居环境", -0.5, "Rule.Assessment.ScoreNegative")]
    [InlineData("人居环境", 12.345, "Rule.Assessment.ScoreMoreThanTwoDecimals")]
    [InlineData("文化润心", 5, "Rule.Assessment.CriterionUnknown")]
    public void Points_must_be_for_a_criterion_of_the_rubric_and_well_formed(string criterion, double points, string code)
    {
        var refused = Assert.Throws<DomainRuleException>(() => draft.Score(criterion, (decimal)points, Scoring.Assessor, Scoring.At));

        Assert.Equal((code, criterion), (refused.Code, refused.Arguments[0]));
        Assert.Empty(draft.Scores);
    }

    [Theory]
    [InlineData(11, 10)]
    [InlineData(0, 0)]
    [InlineData(-1, 10)]
    public void Satisfaction_counts_must_be_possible(int satisfied, int surveyed)
    {
        var refused = Assert.Throws<DomainRuleException>(() => draft.RecordSatisfaction(ResidentGroup.Women, satisfied, surveyed, Scoring.Assessor, Scoring.At));

        Assert.Equal("Rule.Assessment.SatisfactionCountsInvalid", refused.Code);
        Assert.Equal(new object[] { "ResidentGroup.Women", satisfied, surveyed }, refused.Arguments);
    }

    [Fact]
    public void Completing_lists_every_missing_criterion_and_group()
    {
        var card = new Scorecard(Scoring.Village(3), Scoring.Q3, Scoring.VillageRubric(), Scoring.Assessor, Scoring.At);
        card.Score("群众参与", 28, Scoring.Assessor, Scoring.At);
        card.RecordSatisfaction(ResidentGroup.Women, 40, 50, Scoring.Assessor, Scoring.At);

        var refused = Assert.Throws<DomainRulesException>(() => card.Complete(Scoring.Assessor, Scoring.At));

        Assert.Equal(
            [
                ("Rule.Assessment.CriterionNotScored", "人居环境"),
                ("Rule.Assessment.CriterionNotScored", "项目进度"),
                ("Rule.Assessment.SatisfactionMissing", "ResidentGroup.Elderly"),
                ("Rule.Assessment.SatisfactionMissing", "ResidentGroup.Youth"),
            ],
            refused.Problems.Select(p => (p.Code, (string)p.Arguments[0])));
        Assert.Equal((ScorecardStatus.Draft, (decimal?)null, (decimal?)null), (card.Status, card.Composite, card.ResidentsScore));
    }

    [Fact]
    public void One_missing_criterion_is_refused_on_its_own()
    {
        var card = new ScorecardBuilder().WithPoints(40, 30).Draft().Build();

        var refused = Assert.Throws<DomainRuleException>(() => card.Complete(Scoring.Assessor, Scoring.At));

        Assert.Equal(("Rule.Assessment.CriterionNotScored", "项目进度"), (refused.Code, refused.Arguments[0]));
    }

    [Fact]
    public void A_complete_card_can_be_corrected_until_it_is_locked()
    {
        var card = new ScorecardBuilder().WithPoints(40, 30, 20).Build();
        Assert.Equal((ScorecardStatus.Completed, 100m), (card.Status, card.Composite));

        card.Score("项目进度", 12.5m, "assessor2", Scoring.At.AddDays(1));
        Assert.Equal((ScorecardStatus.Completed, 92.5m, "assessor2"), (card.Status, card.Composite, card.EnteredBy));
        Assert.Equal("Rule.Assessment.ScorecardAlreadyComplete", Assert.Throws<DomainRuleException>(() => card.Complete(Scoring.Assessor, Scoring.At)).Code);

        card.Lock();
        var locked = Assert.Throws<DomainRuleException>(() => card.Score("项目进度", 20, Scoring.Assessor, Scoring.At));
        Assert.Equal(("Rule.Assessment.ScorecardLocked", "2026Q3"), (locked.Code, locked.Arguments[0]));
        Assert.Equal("Rule.Assessment.ScorecardLocked", Assert.Throws<DomainRuleException>(() => card.All(1, 1)).Code);
        Assert.Equal(92.5m, card.Composite);

        card.Unlock();
        Assert.Equal(ScorecardStatus.Completed, card.Status);
    }

    [Fact]
    public void A_draft_cannot_be_locked()
    {
        Assert.Equal("Rule.Assessment.ScorecardIncomplete", Assert.Throws<DomainRuleException>(draft.Lock).Code);
    }

    [Fact]
    public void A_card_is_scored_against_the_rubric_of_the_community_s_category_in_effect_that_quarter()
    {
        var urban = new Community(1, "中心社区", CommunityCategory.UrbanCentre, true, RolloutTier.Lead).AsSaved(9);
        var later = Scoring.VillageRubric(2, "2026Q4");

        Assert.Equal("Rule.Assessment.RubricNotForCommunity", Assert.Throws<DomainRuleException>(() => new Scorecard(urban, Scoring.Q3, Scoring.VillageRubric(), Scoring.Assessor, Scoring.At)).Code);
        Assert.Equal("Rule.Assessment.RubricNotForCommunity", Assert.Throws<DomainRuleException>(() => new Scorecard(Scoring.Village(3), Scoring.Q3, later, Scoring.Assessor, Scoring.At)).Code);
        var refused = Assert.Throws<DomainRuleException>(() => new Scorecard(Scoring.Village(3, "李家湾", isPilot: false), Scoring.Q3, Scoring.VillageRubric(), Scoring.Assessor, Scoring.At));
        Assert.Equal(("Rule.Assessment.CommunityNotPilot", "李家湾"), (refused.Code, refused.Arguments[0]));
    }

    [Fact]
    public void A_change_without_the_assessor_s_name_is_refused_and_changes_nothing()
    {
        Assert.Equal("Rule.NameRequired", Assert.Throws<DomainRuleException>(() => draft.Score("人居环境", 30, " ", Scoring.At)).Code);

        Assert.Empty(draft.Scores);
    }
}

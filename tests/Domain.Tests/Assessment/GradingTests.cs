using Grants.Domain.Assessment;

namespace Grants.Domain.Tests.Assessment;

/// <summary>Grades at and around the county's thresholds (90 / 75), the top-10 limit and both ways of breaking ties.</summary>
public sealed class GradingTests
{
    private static readonly Money Plenty = Money.FromYuan(10_000_000m);

    [Theory]
    [InlineData(100, Grade.Advanced)]
    [InlineData(90, Grade.Advanced)]
    [InlineData(89.99, Grade.Effective)]
    [InlineData(75, Grade.Effective)]
    [InlineData(74.99, Grade.Ordinary)]
    [InlineData(10, Grade.Ordinary)]
    public void A_community_exactly_at_a_threshold_reaches_it(double composite, Grade grade)
    {
        var outcome = Assert.Single(Compute([Scoring.Entry(1, (decimal)composite)]).Outcomes);

        Assert.Equal(((decimal)composite, grade, 1), (outcome.Composite, outcome.Grade, outcome.Rank));
        Assert.Equal(GradingRules.Default.AwardFor(grade), outcome.Award);
    }

    [Fact]
    public void The_default_awards_are_fifty_and_twenty_thousand_yuan_and_nothing_for_ordinary()
    {
        var result = Compute([Scoring.Entry(1, 95), Scoring.Entry(2, 80), Scoring.Entry(3, 60)]);

        Assert.Equal(["¥50,000.00", "¥20,000.00", "¥0.00"], result.Outcomes.Select(o => o.Award.ToString()));
        Assert.Equal((Money.FromYuan(70_000m), Money.FromYuan(70_000m), false), (result.NominalTotal, result.AwardTotal, result.ProRated));
    }

    [Fact]
    public void Beyond_the_top_ten_a_ninety_point_community_is_effective()
    {
        var entries = Enumerable.Range(1, 12).Select(i => Scoring.Entry(i, 101m - i)).ToList(); // 100 … 89

        var result = Compute(entries);

        Assert.Equal(Enumerable.Range(1, 12), result.Outcomes.Select(o => o.Rank));
        Assert.Equal(Enumerable.Repeat(Grade.Advanced, 10), result.Outcomes.Take(10).Select(o => o.Grade));
        Assert.Equal((11, 90m, Grade.Effective), (result.Outcomes[10].Community.Id, result.Outcomes[10].Composite, result.Outcomes[10].Grade));
        Assert.Equal(Grade.Effective, result.Outcomes[11].Grade);
        Assert.Equal(Money.FromYuan(20_000m), result.Outcomes[10].Award);
    }

    [Fact]
    public void Without_a_rank_limit_every_ninety_point_community_is_advanced()
    {
        var entries = Enumerable.Range(1, 12).Select(i => Scoring.Entry(i, 95)).ToList();

        var result = Compute(entries, new GradingRules(advancedRankLimit: null));

        Assert.All(result.Outcomes, o => Assert.Equal(Grade.Advanced, o.Grade));
    }

    [Fact]
    public void Equal_composites_are_ordered_by_residents_score_then_first_criterion_then_township_and_name()
    {
        var rubric = Scoring.VillageRubric();
        GradingEntry Tied(int id, string name, string township, decimal[] points, int residents) =>
            new(Scoring.Assessed(id, name, township), new ScorecardBuilder(id, rubric).WithPoints(points).WithResidents(residents).Build());
        var entries = new[]
        {
            Tied(1, "甲村", "T02", [40, 30, 10], 100),  // 80 + 10
            Tied(2, "乙村", "T02", [40, 30, 10], 100),  // same; the name decides, by code point: 乙 U+4E59 before 甲 U+7532
            Tied(3, "丙村", "T01", [40, 30, 10], 100),  // same; township decides
            Tied(4, "丁村", "T09", [31, 30, 20], 90),   // 81 + 9: lowest residents' score
            Tied(5, "戊村", "T09", [30, 30, 20], 100),  // 80 + 10: lower first criterion
        };

        var result = Compute(entries);

        Assert.All(result.Outcomes, o => Assert.Equal(90m, o.Composite));
        Assert.Equal([3, 2, 1, 5, 4], result.Outcomes.Select(o => o.Community.Id));
        Assert.Equal([1, 2, 3, 4, 5], result.Outcomes.Select(o => o.Rank));
    }

    [Fact]
    public void With_the_cascade_exactly_ten_are_advanced_when_the_tenth_place_is_tied()
    {
        var entries = Enumerable.Range(1, 9).Select(i => Scoring.Entry(i, 99)).Append(Scoring.Entry(10, 92)).Append(Scoring.Entry(11, 92)).ToList();

        var result = Compute(entries);

        Assert.Equal((10, Grade.Advanced), (result.Outcomes[9].Community.Id, result.Outcomes[9].Grade));
        Assert.Equal((11, 11, Grade.Effective), (result.Outcomes[10].Community.Id, result.Outcomes[10].Rank, result.Outcomes[10].Grade));
    }

    [Fact]
    public void Shared_ranks_give_ties_the_same_rank_and_admit_everyone_tied_at_the_limit()
    {
        var entries = Enumerable.Range(1, 9).Select(i => Scoring.Entry(i, 99 - (i / 2))).Append(Scoring.Entry(10, 92)).Append(Scoring.Entry(11, 92)).Append(Scoring.Entry(12, 91)).ToList();

        var result = Compute(entries, new GradingRules(tieBreak: TieBreak.SharedRank));

        Assert.Equal([1, 2, 2, 4, 4, 6, 6, 8, 8, 10, 10, 12], result.Outcomes.Select(o => o.Rank));
        Assert.Equal(11, result.Outcomes.Count(o => o.Grade == Grade.Advanced));
        Assert.Equal((12, Grade.Effective), (result.Outcomes[11].Community.Id, result.Outcomes[11].Grade));
    }

    [Fact]
    public void The_outcomes_do_not_depend_on_the_order_of_the_entries()
    {
        var entries = Enumerable.Range(1, 30).Select(i => Scoring.Entry(i, 60 + (i % 7 * 5))).ToList();

        var forwards = Compute(entries);
        var backwards = Compute([.. Enumerable.Reverse(entries)]);

        Assert.Equal(forwards.Outcomes, backwards.Outcomes);
        Assert.Equal(forwards.ResultHash, backwards.ResultHash);
        Assert.Equal(forwards.Snapshot, backwards.Snapshot);
    }

    [Fact]
    public void Thresholds_must_be_in_order_and_within_the_scale()
    {
        Assert.Equal("Rule.Assessment.ThresholdsInvalid", Assert.Throws<DomainRuleException>(() => new GradingRules(advancedThreshold: 70)).Code);
        Assert.Equal("Rule.Assessment.ThresholdsInvalid", Assert.Throws<DomainRuleException>(() => new GradingRules(advancedThreshold: 100.5m)).Code);
        Assert.Equal("Rule.Assessment.RankLimitInvalid", Assert.Throws<DomainRuleException>(() => new GradingRules(advancedRankLimit: 0)).Code);
        Assert.Equal("Rule.Assessment.AwardNegative", Assert.Throws<DomainRuleException>(() => new GradingRules(effectiveAward: Money.FromYuan(-1))).Code);
        Assert.Equal("Rule.Assessment.GradingOptionInvalid", Assert.Throws<DomainRuleException>(() => new GradingRules(tieBreak: (TieBreak)9)).Code);
    }

    [Fact]
    public void An_incomplete_card_stops_the_grading_naming_the_community()
    {
        var draft = new GradingEntry(Scoring.Assessed(2, "李家湾"), new ScorecardBuilder(2).Draft().Build());

        var refused = Assert.Throws<DomainRuleException>(() => Compute([Scoring.Entry(1, 90), draft]));

        Assert.Equal("Rule.Assessment.ScoresMissing", refused.Code);
        Assert.Equal(new object[] { "2026Q3", 1, "城关镇 李家湾" }, refused.Arguments);
    }

    [Fact]
    public void A_card_of_another_quarter_or_community_is_a_programming_error()
    {
        var other = new GradingEntry(Scoring.Assessed(1), new ScorecardBuilder(1).In("2026Q2").Build());
        var wrong = new GradingEntry(Scoring.Assessed(1), new ScorecardBuilder(2).Build());

        Assert.Throws<ArgumentException>(() => Compute([other]));
        Assert.Throws<ArgumentException>(() => Compute([wrong]));
        Assert.Throws<ArgumentException>(() => Compute([Scoring.Entry(1, 90), Scoring.Entry(1, 80)]));
    }

    private static GradingResult Compute(IReadOnlyList<GradingEntry> entries, GradingRules? rules = null) =>
        QuarterGrading.Compute(Scoring.Q3, rules ?? GradingRules.Default, entries, Plenty);
}

using Grants.Domain.Assessment;

namespace Grants.Domain.Tests.Assessment;

/// <summary>Who is still missing a complete scorecard, and closing the quarter (scores locked) only when nobody is.</summary>
public sealed class QuarterScoringTests
{
    private static readonly AssessedCommunity[] Pilots =
    [
        Scoring.Assessed(1, "张家村", "T02", "河口镇"),
        Scoring.Assessed(2, "李家湾", "T01"),
        Scoring.Assessed(3, "王家村", "T01"),
        Scoring.Assessed(4, "刘家村", "T01"),
    ];

    [Fact]
    public void Pilots_without_a_card_or_with_only_a_draft_are_missing_in_township_and_name_order()
    {
        var cards = new[] { new ScorecardBuilder(3).Build(), new ScorecardBuilder(1).Draft().Build(), new ScorecardBuilder(4).In("2026Q2").Build() };

        var scoring = new QuarterScoring(Scoring.Q3, Pilots, cards);

        Assert.Equal([4, 2, 1], scoring.Missing().Select(c => c.Id)); // 刘 U+5218 before 李 U+674E; T01 before T02
        Assert.Equal((4, 1), (scoring.PilotCount, scoring.CompleteCount));
    }

    [Fact]
    public void Closing_with_scores_missing_is_refused_listing_who_and_locks_nothing()
    {
        var cards = new[] { new ScorecardBuilder(3).Build(), new ScorecardBuilder(1).Draft().Build() };
        var scoring = new QuarterScoring(Scoring.Q3, Pilots, cards);

        var refused = Assert.Throws<DomainRuleException>(() => scoring.Close());

        Assert.Equal("Rule.Assessment.ScoresMissing", refused.Code);
        Assert.Equal(new object[] { "2026Q3", 3, "城关镇 刘家村、城关镇 李家湾、河口镇 张家村" }, refused.Arguments);
        Assert.Equal(ScorecardStatus.Completed, cards[0].Status);
    }

    [Fact]
    public void Closing_a_fully_scored_quarter_locks_every_card()
    {
        var cards = Pilots.Select(p => new ScorecardBuilder(p.Id).Build()).ToList();
        var scoring = new QuarterScoring(Scoring.Q3, Pilots, cards);

        Assert.Equal(4, scoring.Close());

        Assert.All(cards, c => Assert.Equal(ScorecardStatus.Locked, c.Status));
        Assert.Empty(scoring.Missing());
        Assert.Equal(0, scoring.Close());
    }

    [Fact]
    public void A_card_for_a_community_that_is_no_longer_a_pilot_does_not_count()
    {
        var scoring = new QuarterScoring(Scoring.Q3, Pilots[..1], [new ScorecardBuilder(9).Build()]);

        Assert.Equal([1], scoring.Missing().Select(c => c.Id));
    }
}

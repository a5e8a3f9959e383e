using Grants.Domain.Assessment;

namespace Grants.Domain.Tests.Assessment;

/// <summary>Black cards (挂黑牌) over the quarters: a card, then an interview (约谈), and a good quarter takes the card down (摘牌).</summary>
public sealed class BlackCardTests
{
    [Theory]
    [InlineData(0, Grade.Ordinary, 1, false, false)]
    [InlineData(1, Grade.Ordinary, 2, true, false)]
    [InlineData(2, Grade.Ordinary, 3, true, false)]
    [InlineData(1, Grade.Effective, 0, false, true)]
    [InlineData(3, Grade.Advanced, 0, false, true)]
    [InlineData(0, Grade.Advanced, 0, false, false)]
    public void A_quarter_s_grade_moves_the_card_count(int before, Grade grade, int after, bool interview, bool removed)
    {
        var standing = CardStanding.After(before, grade);

        Assert.Equal((after, interview, removed, after > 0), (standing.BlackCardsInARow, standing.InterviewDue, standing.CardRemoved, standing.HasBlackCard));
    }

    [Fact]
    public void Two_ordinary_quarters_bring_an_interview_and_a_good_third_removes_the_card()
    {
        var q1 = Settle("2026Q1", composite: 60, cardsBefore: 0);
        var q2 = Settle("2026Q2", composite: 70, cardsBefore: q1.Card.BlackCardsInARow);
        var q3 = Settle("2026Q3", composite: 80, cardsBefore: q2.Card.BlackCardsInARow);
        var q4 = Settle("2026Q4", composite: 74.99m, cardsBefore: q3.Card.BlackCardsInARow);

        Assert.Equal((Grade.Ordinary, new CardStanding(1, false), false), (q1.Grade, q1.Card, q1.Card.InterviewDue));
        Assert.Equal((Grade.Ordinary, new CardStanding(2, false), true), (q2.Grade, q2.Card, q2.Card.InterviewDue));
        Assert.Equal((Grade.Effective, new CardStanding(0, true), false), (q3.Grade, q3.Card, q3.Card.InterviewDue));
        Assert.Equal((Grade.Ordinary, new CardStanding(1, false), false), (q4.Grade, q4.Card, q4.Card.InterviewDue));
    }

    [Fact]
    public void A_negative_count_before_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CardStanding.After(-1, Grade.Ordinary));
    }

    private static CommunityOutcome Settle(string quarter, decimal composite, int cardsBefore)
    {
        var card = new ScorecardBuilder(7).In(quarter).WithComposite(composite).Build();
        var entry = new GradingEntry(Scoring.Assessed(7, "张家村"), card, cardsBefore);
        return Assert.Single(QuarterGrading.Compute(Quarter.Parse(quarter), GradingRules.Default, [entry], Money.FromYuan(1_000_000m)).Outcomes);
    }
}

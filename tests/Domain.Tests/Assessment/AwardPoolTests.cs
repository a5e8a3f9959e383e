using Grants.Domain.Assessment;

namespace Grants.Domain.Tests.Assessment;

/// <summary>The awards against what the award pool holds: refused by default when it falls short, or scaled exactly to the fen.</summary>
public sealed class AwardPoolTests
{
    private static readonly GradingRules ProRata = new(shortfall: ShortfallPolicy.ProRata);

    [Fact]
    public void A_pool_too_small_is_refused_with_what_is_needed_what_is_there_and_the_gap()
    {
        var entries = new[] { Scoring.Entry(1, 95), Scoring.Entry(2, 80) };

        var refused = Assert.Throws<DomainRuleException>(() => QuarterGrading.Compute(Scoring.Q3, GradingRules.Default, entries, Money.FromYuan(69_999.99m)));

        Assert.Equal("Rule.Assessment.AwardPoolShort", refused.Code);
        Assert.Equal(new object[] { "¥70,000.00", "¥69,999.99", "¥0.01" }, refused.Arguments);
    }

    [Fact]
    public void A_pool_that_covers_the_awards_exactly_pays_them_in_full_and_a_larger_one_pays_no_more()
    {
        var entries = new[] { Scoring.Entry(1, 95), Scoring.Entry(2, 80) };

        var exact = QuarterGrading.Compute(Scoring.Q3, ProRata, entries, Money.FromYuan(70_000m));
        var larger = QuarterGrading.Compute(Scoring.Q3, ProRata, entries, Money.FromYuan(1_000_000m));

        Assert.Equal([Money.FromYuan(50_000m), Money.FromYuan(20_000m)], exact.Outcomes.Select(o => o.Award));
        Assert.False(exact.ProRated);
        Assert.Equal(exact.Outcomes.Select(o => o.Award), larger.Outcomes.Select(o => o.Award));
    }

    [Fact]
    public void One_hundred_thousand_yuan_over_three_equal_awards_is_exact_to_the_fen()
    {
        var entries = new[] { Scoring.Entry(1, 95), Scoring.Entry(2, 94), Scoring.Entry(3, 93), Scoring.Entry(4, 50) };

        var result = QuarterGrading.Compute(Scoring.Q3, ProRata, entries, Money.FromYuan(100_000m));

        Assert.Equal(["¥33,333.34", "¥33,333.33", "¥33,333.33", "¥0.00"], result.Outcomes.Select(o => o.Award.ToString()));
        Assert.Equal(Money.FromYuan(50_000m), result.Outcomes[2].NominalAward);
        Assert.Equal((Money.FromYuan(150_000m), Money.FromYuan(100_000m), true), (result.NominalTotal, result.AwardTotal, result.ProRated));
    }

    [Fact]
    public void Pro_rata_keeps_the_proportion_between_grades()
    {
        var entries = new[] { Scoring.Entry(1, 95), Scoring.Entry(2, 80), Scoring.Entry(3, 76) };

        var result = QuarterGrading.Compute(Scoring.Q3, ProRata, entries, Money.FromYuan(45_000m));

        Assert.Equal([Money.FromYuan(25_000m), Money.FromYuan(10_000m), Money.FromYuan(10_000m)], result.Outcomes.Select(o => o.Award));
    }

    [Fact]
    public void An_empty_pool_pays_nothing_pro_rata_and_a_negative_one_is_refused()
    {
        var result = QuarterGrading.Compute(Scoring.Q3, ProRata, [Scoring.Entry(1, 95)], Money.Zero);

        Assert.Equal(Money.Zero, Assert.Single(result.Outcomes).Award);
        Assert.Equal("Rule.AmountMustNotBeNegative", Assert.Throws<DomainRuleException>(() => QuarterGrading.Compute(Scoring.Q3, ProRata, [], Money.FromFen(-1))).Code);
    }

    // Property: whatever the grades, awards and shortfall, the awards add up to exactly the pool, none is negative,
    // and each is within one fen of its exact share (pool × nominal ÷ needed). Each case prints its seed to replay it.
    [Fact]
    public void Pro_rata_awards_always_add_up_to_the_pool_and_stay_within_a_fen_of_their_share()
    {
        for (var seed = 1; seed <= 300; seed++)
        {
            var random = new Random(seed);
            var advanced = random.NextInt64(1, 100_000_000);
            var rules = new GradingRules(
                advancedRankLimit: random.Next(2) == 0 ? null : random.Next(1, 20),
                advancedAward: Money.FromFen(advanced),
                effectiveAward: Money.FromFen(random.NextInt64(0, advanced + 1)),
                shortfall: ShortfallPolicy.ProRata);
            var entries = Enumerable.Range(1, random.Next(1, 60)).Select(i => Scoring.Entry(i, random.Next(5_000, 10_001) / 100m)).ToList();
            var needed = QuarterGrading.Compute(Scoring.Q3, rules, entries, Money.FromFen(long.MaxValue)).NominalTotal;
            var pool = Money.FromFen(random.NextInt64(0, Math.Max(1, needed.Fen)));
            var replay = $"replay with seed {seed}: {entries.Count} communities, needed {needed.Fen} fen, pool {pool.Fen} fen";

            var result = QuarterGrading.Compute(Scoring.Q3, rules, entries, pool);

            Assert.True(result.AwardTotal == pool && result.Outcomes.Total(o => o.Award) == pool, replay);
            Assert.True(result.ProRated == needed > pool, replay);
            foreach (var outcome in result.Outcomes)
            {
                Assert.False(outcome.Award.IsNegative, replay);
                var gap = Int128.Abs(((Int128)outcome.Award.Fen * needed.Fen) - ((Int128)pool.Fen * outcome.NominalAward.Fen));
                Assert.True(needed.IsZero || gap < needed.Fen, $"community {outcome.Community.Id} got {outcome.Award.Fen} fen; {replay}");
            }
        }
    }
}

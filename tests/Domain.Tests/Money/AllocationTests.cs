namespace Grants.Domain.Tests.Amounts;

public sealed class AllocationTests
{
    [Fact]
    public void Leftover_fen_go_to_the_largest_remainders_and_earlier_parts_on_a_tie()
    {
        Assert.Equal(Fen(34, 33, 33), Money.FromFen(100).Allocate([1, 1, 1]));
        Assert.Equal(Fen(-34, -33, -33), Money.FromFen(-100).Allocate([1, 1, 1]));
        Assert.Equal(Fen(33, 67), Money.FromFen(100).Allocate([1, 2]));
        Assert.Equal(Fen(0, 5, 5), Money.FromFen(10).Allocate([0, 3, 3]));
    }

    [Fact]
    public void Splitting_gives_the_leftover_fen_to_the_first_parts()
    {
        Assert.Equal(Fen(334, 333, 333), Money.FromFen(1000).Split(3));
        Assert.Equal(Fen(1, 1, 0, 0), Money.FromFen(2).Split(4));
        Assert.Equal(Fen(long.MinValue), Money.FromFen(long.MinValue).Split(1));
    }

    [Fact]
    public void Weights_that_are_empty_negative_or_all_zero_are_refused()
    {
        var amount = Money.FromFen(100);

        Assert.Throws<ArgumentException>(() => amount.Allocate([]));
        Assert.Throws<ArgumentException>(() => amount.Allocate([2, -1]));
        Assert.Throws<ArgumentException>(() => amount.Allocate([0, 0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => amount.Split(0));
    }

    [Fact]
    public void Huge_amounts_by_huge_weights_still_add_up_exactly()
    {
        var amount = Money.FromFen(long.MaxValue);

        var parts = amount.Allocate([long.MaxValue, 1_000_000_000_007, 3]);

        Assert.Equal(amount, Sum(parts));
        Assert.All(parts, part => Assert.False(part.IsNegative));
    }

    // Property: for any amount and any weights, the parts add up exactly, each part is within one fen of its exact
    // share, and the same call gives the same parts. Each case has its own seed, printed on failure, to replay it.
    [Fact]
    public void Allocating_by_random_weights_never_loses_a_fen_and_keeps_each_part_within_a_fen_of_its_share()
    {
        for (var seed = 1; seed <= 10_000; seed++)
        {
            var random = new Random(seed);
            var amount = RandomAmount(random);
            var weights = RandomWeights(random);
            var replay = $"replay with seed {seed}: {amount.Fen} fen by [{string.Join(", ", weights)}]";

            var parts = amount.Allocate(weights);

            Assert.True(parts.Count == weights.Length, replay);
            Assert.True(Sum(parts) == amount, replay);
            Int128 total = weights.Aggregate(Int128.Zero, (sum, w) => sum + w);
            for (var i = 0; i < parts.Count; i++)
            {
                // |part − amount × w / total| < 1 fen, multiplied out so that no rounding hides an error.
                var gap = Int128.Abs((Int128)parts[i].Fen * total - (Int128)amount.Fen * weights[i]);
                Assert.True(gap < total, $"part {i} is {parts[i].Fen} fen; {replay}");
            }

            Assert.True(parts.SequenceEqual(amount.Allocate(weights)), $"not deterministic; {replay}");
        }
    }

    [Fact]
    public void Splitting_any_amount_gives_parts_that_add_up_and_differ_by_at_most_a_fen()
    {
        for (var seed = 1; seed <= 10_000; seed++)
        {
            var random = new Random(seed);
            var amount = RandomAmount(random);
            var count = random.Next(1, 50);
            var replay = $"replay with seed {seed}: {amount.Fen} fen in {count} parts";

            var parts = amount.Split(count);

            Assert.True(parts.Count == count, replay);
            Assert.True(Sum(parts) == amount, replay);
            Assert.True(parts.Max(p => p.Fen) - parts.Min(p => p.Fen) <= 1, replay);
        }
    }

    private static Money RandomAmount(Random random) => Money.FromFen(random.Next(6) switch
    {
        0 => random.NextInt64(-1_000, 1_001),
        1 => random.NextInt64(-100_000_000_000, 100_000_000_001),
        2 => random.NextInt64(long.MinValue, long.MaxValue),
        3 => long.MaxValue - random.NextInt64(0, 1_000),
        4 => long.MinValue + random.NextInt64(0, 1_000),
        _ => random.NextInt64(0, 10),
    });

    // 1–20 weights, about a third of them zero but never all; sizes from tiny to near long.MaxValue.
    private static long[] RandomWeights(Random random)
    {
        var weights = new long[random.Next(1, 21)];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = random.Next(3) == 0 ? 0 : random.Next(4) switch
            {
                0 => random.NextInt64(1, 10),
                1 => random.NextInt64(1, 1_000_000),
                2 => random.NextInt64(1, 10_000_000_000_000),
                _ => random.NextInt64(1, long.MaxValue),
            };
        }

        if (weights.All(w => w == 0))
        {
            weights[random.Next(weights.Length)] = random.NextInt64(1, 1_000);
        }

        return weights;
    }

    private static Money Sum(IEnumerable<Money> parts) => parts.Aggregate(Money.Zero, (sum, part) => sum + part);

    private static Money[] Fen(params long[] fen) => [.. fen.Select(Money.FromFen)];
}

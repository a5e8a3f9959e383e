using Grants.Domain.Assessment;

namespace Grants.Domain.Tests.Assessment;

/// <summary>The grading snapshot: the same inputs always hash the same, and any change to an input changes the hash.</summary>
public sealed class SnapshotTests
{
    private static readonly Inputs Baseline = new();

    public static TheoryData<string> Changes => [.. Variants.Keys];

    private static Dictionary<string, Inputs> Variants { get; } = new()
    {
        ["points"] = Baseline with { Points = 35.01m },
        ["satisfaction counts, same percentage"] = Baseline with { Satisfied = 9, Surveyed = 10 },
        ["cards before"] = Baseline with { CardsBefore = 2 },
        ["pool by a fen"] = Baseline with { PoolFen = Baseline.PoolFen + 1 },
        ["advanced threshold"] = Baseline with { Rules = new GradingRules(advancedThreshold: 91) },
        ["rank limit"] = Baseline with { Rules = new GradingRules(advancedRankLimit: null) },
        ["award"] = Baseline with { Rules = new GradingRules(effectiveAward: Money.FromYuan(20_000.01m)) },
        ["tie break"] = Baseline with { Rules = new GradingRules(tieBreak: TieBreak.SharedRank) },
        ["shortfall policy"] = Baseline with { Rules = new GradingRules(shortfall: ShortfallPolicy.ProRata) },
        ["rubric version"] = Baseline with { RubricVersion = 2 },
        ["criterion name"] = Baseline with { Criteria = [new("人居环境整治", 40), new("群众参与", 30), new("项目进度", 20)] },
        ["criterion weight"] = Baseline with { Criteria = [new("人居环境", 40, 41), new("群众参与", 30), new("项目进度", 20, 19)] },
        ["community name"] = Baseline with { Name = "张家湾" },
        ["township code"] = Baseline with { TownshipCode = "T02" },
        ["scorecard id"] = Baseline with { CardId = 11 },
        ["quarter"] = Baseline with { Quarter = "2026Q4" },
    };

    [Fact]
    public void The_same_inputs_give_the_same_text_and_hash_whatever_their_order_or_the_scale_of_a_number()
    {
        var first = Baseline.Grade();
        var again = (Baseline with { Points = 35.000m }).Grade(reversed: true);

        Assert.Equal(first.Snapshot, again.Snapshot);
        Assert.Equal(first.ResultHash, again.ResultHash);
        Assert.Matches("^[0-9a-f]{64}$", first.Snapshot.Hash);
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void Any_change_to_an_input_changes_the_hash(string change)
    {
        var changed = Variants[change].Grade().Snapshot;

        Assert.NotEqual(Baseline.Grade().Snapshot.Hash, changed.Hash);
    }

    [Fact]
    public void The_text_names_the_format_and_every_input_in_canonical_form()
    {
        var text = (Baseline with { Name = "张\"家\"村" }).Grade().Snapshot.Text;

        Assert.StartsWith("grants.assessment.grading/1\nquarter 2026Q3\nrules advanced>=90 rank<=10 effective>=75 award.advanced=5000000 award.effective=2000000 tiebreak=Cascade shortfall=Refuse\npool 10000000\n", text, StringComparison.Ordinal);
        Assert.Contains("rubric id=1 category=FarmingVillage version=1 from=2026Q1 residents=10\n criterion 1 \"人居环境\" max=40 weight=40\n", text, StringComparison.Ordinal);
        Assert.Contains("community id=1 township=\"T01\" \"城关镇\" name=\"张\\\"家\\\"村\" category=FarmingVillage cards.before=1\n scorecard id=10 rubric=FarmingVillage/1/1\n points 1=35 2=30 3=20\n satisfied Elderly=90/100 Women=90/100 Youth=90/100\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_different_outcome_has_a_different_result_hash()
    {
        var refusedPool = Baseline with { Rules = new GradingRules(shortfall: ShortfallPolicy.ProRata) };

        Assert.NotEqual(refusedPool.Grade().ResultHash, (refusedPool with { PoolFen = 1_000_000 }).Grade().ResultHash);
    }

    /// <summary>Two communities of one township; the first one's figures and the rest of the inputs are the knobs.</summary>
    private sealed record Inputs
    {
        public decimal Points { get; init; } = 35m;
        public int Satisfied { get; init; } = 90;
        public int Surveyed { get; init; } = 100;
        public int CardsBefore { get; init; } = 1;
        public long PoolFen { get; init; } = 10_000_000;
        public GradingRules Rules { get; init; } = GradingRules.Default;
        public int RubricVersion { get; init; } = 1;
        public CriterionSpec[] Criteria { get; init; } = [new("人居环境", 40), new("群众参与", 30), new("项目进度", 20)];
        public string Name { get; init; } = "张家村";
        public string TownshipCode { get; init; } = "T01";
        public long CardId { get; init; } = 10;
        public string Quarter { get; init; } = "2026Q3";

        public GradingResult Grade(bool reversed = false)
        {
            var rubric = Scoring.VillageRubric(RubricVersion, "2026Q1", 10m, Criteria);
            var card = new ScorecardBuilder(1, rubric).In(Quarter).WithPoints(Points, 30, 20).Draft().SavedAs(CardId).Build();
            card.All(Satisfied, Surveyed);
            card.Complete(Scoring.Assessor, Scoring.At);
            List<GradingEntry> entries =
            [
                new(Scoring.Assessed(1, Name, TownshipCode), card, CardsBefore),
                new(Scoring.Assessed(2, "李家湾", TownshipCode), new ScorecardBuilder(2, rubric).In(Quarter).WithComposite(80).Build()),
            ];
            return QuarterGrading.Compute(Domain.Assessment.Quarter.Parse(Quarter), Rules, reversed ? [.. Enumerable.Reverse(entries)] : entries, Money.FromFen(PoolFen));
        }
    }
}

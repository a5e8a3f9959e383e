using Grants.Domain.Assessment;
using Grants.Domain.Organisation;

namespace Grants.Domain.Tests.Assessment;

public sealed class RubricTests
{
    [Fact]
    public void A_rubric_keeps_its_criteria_in_order_with_the_weight_defaulting_to_the_maximum()
    {
        var rubric = Scoring.VillageRubric(1, "2026Q1", 20m, new("人居环境", 25), new("群众参与", 100, 30), new("文化润心", 10, 25));

        Assert.Equal(
            [(1, "人居环境", 25m, 25m), (2, "群众参与", 100m, 30m), (3, "文化润心", 10m, 25m)],
            rubric.Criteria.Select(c => (c.Order, c.Name, c.MaxPoints, c.Weight)));
        Assert.Equal((CommunityCategory.FarmingVillage, 1, Quarter.Parse("2026Q1"), 20m), (rubric.Category, rubric.Version, rubric.EffectiveFrom, rubric.ResidentsWeight));
        Assert.Same(rubric.Criteria[1], rubric.Find(" 群众参与 "));
    }

    [Fact]
    public void Weights_and_the_residents_weight_must_add_up_to_one_hundred()
    {
        var refused = Assert.Throws<DomainRuleException>(() => Scoring.VillageRubric(1, "2026Q1", 10m, new("人居环境", 40), new("群众参与", 30), new("项目进度", 20.5m)));

        Assert.Equal("Rule.Assessment.RubricNotHundred", refused.Code);
        Assert.Equal(new object[] { "100.5" }, refused.Arguments);
    }

    [Fact]
    public void Every_problem_of_a_rubric_is_named_at_once()
    {
        var refused = Assert.Throws<DomainRulesException>(() =>
            Scoring.VillageRubric(1, "2026Q1", 0m, new("人居环境", 40), new(" 人居环境", 0), new("", 30), new("项目进度", 20, -1)));

        Assert.Equal(
            [
                ("Rule.Assessment.CriterionNameTaken", "人居环境"),
                ("Rule.Assessment.CriterionMaxPointsInvalid", "人居环境"),
                ("Rule.NameRequired", "Criterion.Name"),
                ("Rule.Assessment.CriterionWeightInvalid", "项目进度"),
                ("Rule.Assessment.ResidentsWeightInvalid", null),
            ],
            refused.Problems.Select(p => (p.Code, p.Arguments.Count > 0 ? p.Arguments[0] as string : null)));
    }

    [Fact]
    public void A_rubric_needs_a_criterion()
    {
        var refused = Assert.Throws<DomainRuleException>(() =>
            new Rubric(CommunityCategory.UrbanCentre, 1, Quarter.Parse("2026Q1"), 50m, [], "admin", Scoring.At));

        Assert.Equal("Rule.Assessment.RubricWithoutCriteria", refused.Code);
    }

    [Fact]
    public void A_quarter_is_scored_with_the_latest_version_in_effect_at_or_before_it()
    {
        var v1 = Scoring.VillageRubric(1, "2026Q1");
        var v2 = Scoring.VillageRubric(2, "2026Q3", 20m, new("人居环境", 40), new("群众参与", 40));
        var urban = new Rubric(CommunityCategory.UrbanCentre, 1, Quarter.Parse("2026Q2"), 50m, [new("人居环境", 50)], "admin", Scoring.At);
        var book = new RubricBook([v2, urban, v1]);

        Assert.Same(v1, book.For(CommunityCategory.FarmingVillage, Quarter.Parse("2026Q1")));
        Assert.Same(v1, book.For(CommunityCategory.FarmingVillage, Quarter.Parse("2026Q2")));
        Assert.Same(v2, book.For(CommunityCategory.FarmingVillage, Quarter.Parse("2026Q3")));
        Assert.Same(v2, book.For(CommunityCategory.FarmingVillage, Quarter.Parse("2026Q4")));
        Assert.Same(v2, book.For(CommunityCategory.FarmingVillage, Quarter.Parse("2030Q1")));
        Assert.Same(urban, book.For(CommunityCategory.UrbanCentre, Quarter.Parse("2026Q3")));
    }

    [Fact]
    public void A_quarter_before_any_version_has_no_rubric()
    {
        var book = new RubricBook([Scoring.VillageRubric(1, "2026Q1")]);

        Assert.Null(book.Find(CommunityCategory.FarmingVillage, Quarter.Parse("2025Q4")));
        var refused = Assert.Throws<DomainRuleException>(() => book.For(CommunityCategory.MarketTown, Quarter.Parse("2026Q3")));
        Assert.Equal("Rule.Assessment.RubricMissing", refused.Code);
        Assert.Equal(new object[] { "Category.MarketTown", "2026Q3" }, refused.Arguments);
    }

    [Fact]
    public void A_correction_from_the_same_quarter_takes_over_and_versions_count_per_category()
    {
        var v1 = Scoring.VillageRubric(1, "2026Q3");
        var corrected = Scoring.VillageRubric(2, "2026Q3");
        var book = new RubricBook([corrected, v1]);

        Assert.Same(corrected, book.For(CommunityCategory.FarmingVillage, Quarter.Parse("2026Q3")));
        Assert.Equal(3, book.NextVersion(CommunityCategory.FarmingVillage));
        Assert.Equal(1, book.NextVersion(CommunityCategory.UrbanCentre));
    }
}

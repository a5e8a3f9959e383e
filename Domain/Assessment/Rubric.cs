using Grants.Domain.Organisation;

namespace Grants.Domain.Assessment;

/// <summary>
/// One version of a community category's rubric (考核细则), in effect from <see cref="EffectiveFrom"/> until a later
/// version takes over (<see cref="RubricBook"/>). A version never changes once defined: a correction is a new version,
/// so the quarters already scored keep the rubric they were scored with.
/// <para>
/// The composite scale is 100 points: the criteria's weights plus <see cref="ResidentsWeight"/> add up to exactly 100.
/// A criterion contributes points ÷ max points × weight; the residents' evaluation, a 0–100 score, contributes
/// score × residents weight ÷ 100.
/// </para>
/// </summary>
public sealed class Rubric
{
    public const int MaxNameLength = 40;
    private readonly List<RubricCriterion> criteria = [];

    private Rubric() { }

    /// <param name="residentsWeight">The residents' evaluation's share of the composite (群众评价), more than 0 and less than 100.</param>
    public Rubric(CommunityCategory category, int version, Quarter effectiveFrom, decimal residentsWeight, IReadOnlyList<CriterionSpec> criteria, string definedBy, DateTimeOffset definedAt)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        if (!Enum.IsDefined(category))
        {
            throw new DomainRuleException("Rule.CategoryInvalid");
        }

        DomainRulesException.ThrowIfAny(Problems(residentsWeight, criteria));
        Category = category;
        Version = version;
        EffectiveFrom = effectiveFrom;
        ResidentsWeight = residentsWeight;
        DefinedBy = Text.Require(definedBy, "Rubric.DefinedBy", 64);
        DefinedAt = definedAt;
        this.criteria.AddRange(criteria.Select((c, i) => new RubricCriterion(i + 1, c.Name.Trim(), c.MaxPoints, c.Weight ?? c.MaxPoints)));
    }

    public int Id { get; private set; }

    public CommunityCategory Category { get; private set; }

    /// <summary>1, 2, … per category.</summary>
    public int Version { get; private set; }

    public Quarter EffectiveFrom { get; private set; }

    public decimal ResidentsWeight { get; private set; }

    public string DefinedBy { get; private set; } = "";

    public DateTimeOffset DefinedAt { get; private set; }

    /// <summary>In column order.</summary>
    public IReadOnlyList<RubricCriterion> Criteria => criteria.AsReadOnly();

    /// <summary>The criterion of this name (names are unique within a rubric), or null.</summary>
    public RubricCriterion? Find(string name) => criteria.Find(c => c.Name == name.Trim());

    /// <summary>Every problem at once, so the administrator fixes the whole rubric in one go.</summary>
    private static List<DomainRuleException> Problems(decimal residentsWeight, IReadOnlyList<CriterionSpec> criteria)
    {
        var problems = new List<DomainRuleException>();
        if (criteria.Count == 0)
        {
            problems.Add(new DomainRuleException("Rule.Assessment.RubricWithoutCriteria") { Field = "Criteria" });
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var criterion in criteria)
        {
            var name = criterion.Name?.Trim() ?? "";
            if (name.Length == 0)
            {
                problems.Add(new DomainRuleException("Rule.NameRequired", "Criterion.Name") { Field = "Criteria" });
            }
            else if (name.Length > MaxNameLength)
            {
                problems.Add(new DomainRuleException("Rule.NameTooLong", "Criterion.Name", MaxNameLength) { Field = "Criteria" });
            }
            else if (!names.Add(name))
            {
                problems.Add(new DomainRuleException("Rule.Assessment.CriterionNameTaken", name) { Field = "Criteria" });
            }

            if (criterion.MaxPoints <= 0m)
            {
                problems.Add(new DomainRuleException("Rule.Assessment.CriterionMaxPointsInvalid", name) { Field = "Criteria" });
            }

            if (criterion.Weight is <= 0m)
            {
                problems.Add(new DomainRuleException("Rule.Assessment.CriterionWeightInvalid", name) { Field = "Criteria" });
            }
        }

        if (residentsWeight is <= 0m or >= 100m)
        {
            problems.Add(new DomainRuleException("Rule.Assessment.ResidentsWeightInvalid") { Field = nameof(ResidentsWeight) });
        }

        var total = criteria.Sum(c => c.Weight ?? c.MaxPoints) + residentsWeight;
        if (problems.Count == 0 && total != 100m)
        {
            problems.Add(new DomainRuleException("Rule.Assessment.RubricNotHundred", Canonical.Number(total)) { Field = "Criteria" });
        }

        return problems;
    }
}

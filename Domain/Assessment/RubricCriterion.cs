namespace Grants.Domain.Assessment;

/// <summary>
/// One criterion of a rubric (考核指标), e.g. 人居环境: assessors give it 0 to <see cref="MaxPoints"/> points, and it
/// contributes up to <see cref="Weight"/> points to the composite score (points ÷ max × weight).
/// </summary>
public sealed class RubricCriterion
{
    private RubricCriterion() { }

    internal RubricCriterion(int order, string name, decimal maxPoints, decimal weight)
    {
        Order = order;
        Name = name;
        MaxPoints = maxPoints;
        Weight = weight;
    }

    public int Id { get; private set; }

    public int RubricId { get; private set; }

    /// <summary>1 for the first column; the first criterion also breaks ties (see <see cref="TieBreak.Cascade"/>).</summary>
    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public decimal MaxPoints { get; private set; }

    /// <summary>Its share of the 100-point composite scale.</summary>
    public decimal Weight { get; private set; }
}

/// <summary>
/// A criterion as an administrator defines it. <paramref name="Weight"/> defaults to <paramref name="MaxPoints"/>:
/// the common rubric whose points add straight into the composite ("人居环境 25 分").
/// </summary>
public sealed record CriterionSpec(string Name, decimal MaxPoints, decimal? Weight = null);

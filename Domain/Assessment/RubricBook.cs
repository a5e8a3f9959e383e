using Grants.Domain.Organisation;

namespace Grants.Domain.Assessment;

/// <summary>
/// All rubric versions, answering which one a (category, quarter) is scored with: the latest version in effect at or
/// before that quarter. A version effective from Q3 therefore leaves Q1 and Q2 with the version before it; two
/// versions from the same quarter (a correction made before scoring) — the higher version number wins.
/// </summary>
public sealed class RubricBook
{
    private readonly List<Rubric> versions;

    public RubricBook(IEnumerable<Rubric> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);
        this.versions = [.. versions];
    }

    public IReadOnlyList<Rubric> Versions => versions.AsReadOnly();

    /// <summary>The rubric in effect for <paramref name="category"/> in <paramref name="quarter"/>, or null when none is yet.</summary>
    public Rubric? Find(CommunityCategory category, Quarter quarter) =>
        versions.Where(r => r.Category == category && r.EffectiveFrom <= quarter)
            .OrderByDescending(r => r.EffectiveFrom)
            .ThenByDescending(r => r.Version)
            .FirstOrDefault();

    /// <summary>As <see cref="Find"/>, refusing when the category has no rubric in effect yet.</summary>
    public Rubric For(CommunityCategory category, Quarter quarter) =>
        Find(category, quarter)
            ?? throw new DomainRuleException("Rule.Assessment.RubricMissing", $"Category.{category}", quarter.ToString());

    /// <summary>The number the next version of <paramref name="category"/>'s rubric takes.</summary>
    public int NextVersion(CommunityCategory category) =>
        versions.Where(r => r.Category == category).Select(r => r.Version).DefaultIfEmpty(0).Max() + 1;
}

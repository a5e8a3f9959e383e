using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Web.Features.Rubrics;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Grants.Web.Features.Scores;

/// <summary>The rubric a card is (or will be) scored against, as the form shows it.</summary>
public sealed record RubricShown(int Id, int Version, Quarter EffectiveFrom, decimal ResidentsWeight, IReadOnlyList<RubricCriterionRow> Criteria);

/// <summary>What the page shows about the community and its card; <see cref="Status"/> is null while there is no card.</summary>
public sealed record ScorecardShown(
    int CommunityId, string Community, string Township, CommunityCategory Category, Quarter Quarter, RubricShown? Rubric,
    ScorecardStatus? Status, string? EnteredBy, DateTimeOffset? EnteredAt, decimal? ResidentsScore, decimal? Composite)
{
    public bool IsLocked => Status == ScorecardStatus.Locked;

    public bool CanComplete => Status is null or ScorecardStatus.Draft;
}

/// <summary>
/// One community's scorecard for a quarter (季度考核评分表): points in rubric order and the survey counts in
/// <see cref="Groups"/> order. <see cref="Version"/> and <see cref="RubricId"/> are those the page was drawn from
/// (0 when there was no card), so a form drawn before someone else's change is refused instead of overwriting it.
/// </summary>
public sealed class ScoreEntryForm
{
    public static readonly IReadOnlyList<ResidentGroup> Groups = Enum.GetValues<ResidentGroup>();

    public int Version { get; set; }

    public int RubricId { get; set; }

    public List<decimal?> Points { get; set; } = [];

    public List<int?> Satisfied { get; set; } = [];

    public List<int?> Surveyed { get; set; } = [];

    /// <summary>"Save and complete" rather than "Save as draft".</summary>
    public bool Complete { get; set; }

    [BindNever, ValidateNever]
    public ScorecardShown Card { get; set; } = null!;

    /// <summary>One input per criterion and group, whatever was posted, so the page can draw every row.</summary>
    public void Pad()
    {
        var criteria = Card.Rubric?.Criteria.Count ?? 0;
        while (Points.Count < criteria)
        {
            Points.Add(null);
        }

        while (Satisfied.Count < Groups.Count)
        {
            Satisfied.Add(null);
        }

        while (Surveyed.Count < Groups.Count)
        {
            Surveyed.Add(null);
        }
    }

    public static string PointsField(int index) => $"{nameof(Points)}[{index}]";

    public static string SatisfiedField(int index) => $"{nameof(Satisfied)}[{index}]";

    public static string SurveyedField(int index) => $"{nameof(Surveyed)}[{index}]";
}

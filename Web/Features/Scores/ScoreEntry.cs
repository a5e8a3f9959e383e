using Grants.Domain;
using Grants.Domain.Assessment;

namespace Grants.Web.Features.Scores;

/// <summary>
/// Writes a posted form onto a scorecard through the domain, collecting every refusal with the field it belongs to,
/// so the assessor sees all problems of the form at once. Unchanged figures are not entered again, so a card saved
/// without changes keeps its assessor and time.
/// </summary>
internal sealed class ScoreEntry(Scorecard card, ScoreEntryForm form, string by, DateTimeOffset at)
{
    private readonly List<DomainRuleException> problems = [];

    public List<DomainRuleException> Enter()
    {
        var criteria = Criteria(card.Rubric);
        for (var i = 0; i < criteria.Count; i++)
        {
            var criterion = criteria[i];
            if (form.Points.ElementAtOrDefault(i) is { } points && card.PointsFor(criterion) != points)
            {
                Try(ScoreEntryForm.PointsField(i), () => card.Score(criterion.Name, points, by, at));
            }
        }

        for (var k = 0; k < ScoreEntryForm.Groups.Count; k++)
        {
            var group = ScoreEntryForm.Groups[k];
            var (satisfied, surveyed) = (form.Satisfied.ElementAtOrDefault(k), form.Surveyed.ElementAtOrDefault(k));
            if (satisfied is null && surveyed is null)
            {
                continue;
            }

            if (satisfied is null || surveyed is null)
            {
                var field = satisfied is null ? ScoreEntryForm.SatisfiedField(k) : ScoreEntryForm.SurveyedField(k);
                problems.Add(new DomainRuleException("Scores.CountsIncomplete", GroupKey(group)) { Field = field });
            }
            else if (!card.Satisfaction.Any(s => s.Group == group && s.Satisfied == satisfied && s.Surveyed == surveyed))
            {
                Try(ScoreEntryForm.SatisfiedField(k), () => card.RecordSatisfaction(group, satisfied.Value, surveyed.Value, by, at));
            }
        }

        return problems;
    }

    /// <summary>
    /// The domain's list of missing parts, each moved under its input: a criterion by its name, a group by its key;
    /// anything else stays on the form as a whole.
    /// </summary>
    public static IEnumerable<DomainRuleException> Located(IReadOnlyList<DomainRuleException> missing, Rubric rubric)
    {
        var criteria = Criteria(rubric).Select(c => c.Name).ToList();
        var groups = ScoreEntryForm.Groups.Select(GroupKey).ToList();
        foreach (var problem in missing)
        {
            var named = (problem.Arguments.Count > 0 ? problem.Arguments[0] : null) as string ?? "";
            var field = criteria.IndexOf(named) is var i and >= 0 ? ScoreEntryForm.PointsField(i)
                : groups.IndexOf(named) is var k and >= 0 ? ScoreEntryForm.SatisfiedField(k)
                : null;
            yield return new DomainRuleException(problem.Code, [.. problem.Arguments]) { Field = field };
        }
    }

    private static List<RubricCriterion> Criteria(Rubric rubric) => [.. rubric.Criteria.OrderBy(c => c.Order)];

    // The domain names a group by this key in its messages (Scorecard.GroupKey is internal to it).
    private static string GroupKey(ResidentGroup group) => $"ResidentGroup.{group}";

    private void Try(string field, Action enter)
    {
        try
        {
            enter();
        }
        catch (DomainRuleException refused)
        {
            problems.Add(new DomainRuleException(refused.Code, [.. refused.Arguments]) { Field = field });
        }
    }
}

using Grants.Domain.Assessment;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Data;

public static class ScorecardLoading
{
    /// <summary>Scorecards with what their composite is computed from: the rubric's criteria, the points and the survey counts.</summary>
    public static IQueryable<Scorecard> Whole(this IQueryable<Scorecard> scorecards) =>
        scorecards.Include(s => s.Rubric).ThenInclude(r => r.Criteria).Include(s => s.Scores).Include(s => s.Satisfaction).AsSplitQuery();
}

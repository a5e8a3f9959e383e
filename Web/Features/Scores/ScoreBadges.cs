using Grants.Domain.Assessment;

namespace Grants.Web.Features.Scores;

public static class ScoreBadges
{
    /// <summary>The badge colour of a card's status; null for no card yet.</summary>
    public static string For(ScorecardStatus? status) => status switch
    {
        ScorecardStatus.Draft => "text-bg-warning",
        ScorecardStatus.Completed => "text-bg-success",
        ScorecardStatus.Locked => "text-bg-dark",
        _ => "text-bg-light border",
    };
}

using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// Each community's black cards in a row before a quarter: from the previous quarter's settlement when there is one;
/// otherwise from the previous quarter's complete scorecards graded by that quarter's rules (a county that starts
/// using the product mid-year still escalates a second ordinary quarter to an interview).
/// </summary>
internal static class PreviousCards
{
    public static async Task<Dictionary<int, int>> ForAsync(GrantsDbContext db, Quarter quarter, GradingRules previousRules, CancellationToken ct)
    {
        var previous = quarter.Previous;
        var settled = await db.Settlements.AsNoTracking().Where(s => s.Quarter == previous)
            .SelectMany(s => s.Lines).Select(l => new { l.CommunityId, l.BlackCardsInARow }).ToListAsync(ct);
        if (settled.Count > 0)
        {
            return settled.ToDictionary(l => l.CommunityId, l => l.BlackCardsInARow);
        }

        var cards = await db.Scorecards.AsNoTracking().Whole()
            .Where(s => s.Quarter == previous).ToListAsync(ct);
        var complete = cards.Where(c => c.IsComplete).ToList();
        if (complete.Count == 0)
        {
            return [];
        }

        var communities = await db.Communities.AsNoTracking().Where(c => complete.Select(s => s.CommunityId).Contains(c.Id)).ToListAsync(ct);
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, ct);
        var byId = communities.ToDictionary(c => c.Id);
        var entries = complete.Where(s => byId.ContainsKey(s.CommunityId))
            .Select(s => new GradingEntry(SettlementDrafting.Assessed(byId[s.CommunityId], townships), s)).ToList();

        // Only grades matter here, not money: an unlimited pool so a shortfall can never refuse.
        var grading = QuarterGrading.Compute(previous, previousRules, entries, Money.FromFen(long.MaxValue / 4));
        return grading.Outcomes.ToDictionary(o => o.Community.Id, o => o.Card.BlackCardsInARow);
    }
}

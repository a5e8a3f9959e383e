using Grants.Domain.Assessment;
using Grants.Domain.Organisation;
using Grants.Infrastructure.Data;
using Grants.Web.Features.ScoreImport;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Scores;

public sealed record ScoreTownship(int Id, string Code, string Name);

/// <summary>A pilot community and its card for the quarter: no status while it has none.</summary>
public sealed record ScoreRow(
    int CommunityId, string TownshipCode, string Township, string Community, CommunityCategory Category,
    ScorecardStatus? Status, decimal? Composite, string? EnteredBy, DateTimeOffset? EnteredAt);

public sealed record ScoreList(Quarter Quarter, int? TownshipId, IReadOnlyList<Quarter> Quarters, IReadOnlyList<ScoreTownship> Townships, IReadOnlyList<ScoreRow> Rows)
{
    public int CompleteCount => Rows.Count(r => r.Status is ScorecardStatus.Completed or ScorecardStatus.Locked);
}

/// <summary>录入季度考核评分: the quarter's pilot communities, optionally of one township, with their card's status and composite.</summary>
public sealed class ScoreListQuery(GrantsDbContext db, TimeProvider clock)
{
    public async Task<ScoreList> LoadAsync(Quarter quarter, int? townshipId, CancellationToken ct)
    {
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.Code).Select(t => new ScoreTownship(t.Id, t.Code, t.Name)).ToListAsync(ct);
        var pilots = await db.Communities.AsNoTracking()
            .Where(c => c.IsPilot && (townshipId == null || c.TownshipId == townshipId))
            .Select(c => new { c.Id, c.TownshipId, c.Name, c.Category }).ToListAsync(ct);
        // The composite is the domain's to compute, so the cards come whole; a quarter has one card per pilot at most.
        var cards = await db.Scorecards.AsNoTracking().Whole()
            .Where(s => s.Quarter == quarter && (townshipId == null || s.TownshipId == townshipId))
            .ToDictionaryAsync(s => s.CommunityId, ct);
        var byId = townships.ToDictionary(t => t.Id);
        var rows = pilots.Where(p => byId.ContainsKey(p.TownshipId))
            .Select(p => (Pilot: p, Township: byId[p.TownshipId], Card: cards.GetValueOrDefault(p.Id)))
            .OrderBy(r => r.Township.Code, StringComparer.Ordinal).ThenBy(r => r.Pilot.Name, StringComparer.Ordinal)
            .Select(r => new ScoreRow(
                r.Pilot.Id, r.Township.Code, r.Township.Name, r.Pilot.Name, r.Pilot.Category,
                r.Card?.Status, r.Card?.Composite, r.Card?.EnteredBy, r.Card?.EnteredAt))
            .ToList();
        return new ScoreList(quarter, townshipId, Quarters(quarter), townships, rows);
    }

    /// <summary>The quarters the import offers, and the one shown if it is not among them.</summary>
    private List<Quarter> Quarters(Quarter shown)
    {
        var choices = ScoreImportForm.Choices(clock.ChinaToday()).ToList();
        if (!choices.Contains(shown))
        {
            choices.Add(shown);
        }

        return choices;
    }
}

using Grants.Domain.Assessment;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Settlement;

/// <summary>One township's part of a quarter's scoring: its pilots, how many are complete, who is still missing.</summary>
public sealed record TownshipScoring(int TownshipId, string Code, string Name, int Pilots, IReadOnlyList<string> Missing)
{
    public int Complete => Pilots - Missing.Count;
}

public sealed record ScoringStatus(Quarter Quarter, int Pilots, int Complete, IReadOnlyList<TownshipScoring> Townships, int? SettlementId);

/// <summary>
/// 评分进度: which pilot communities still lack a complete scorecard for a quarter, by township — the same list that
/// refuses the settlement draft (QuarterScoring). A township accountant sees their township only.
/// </summary>
public sealed class ScoringStatusQuery(GrantsDbContext db)
{
    public async Task<ScoringStatus> LoadAsync(Quarter quarter, CancellationToken ct)
    {
        var townships = await db.Townships.AsNoTracking().OrderBy(t => t.Code).ToListAsync(ct);
        var byId = townships.ToDictionary(t => t.Id);
        var pilots = await db.Communities.AsNoTracking().Where(c => c.IsPilot)
            .Select(c => new { c.Id, c.TownshipId, c.Name, c.Category }).ToListAsync(ct);
        var assessed = pilots.Where(p => byId.ContainsKey(p.TownshipId))
            .Select(p => new AssessedCommunity(p.Id, byId[p.TownshipId].Code, byId[p.TownshipId].Name, p.Name, p.Category)).ToList();
        // Only the status and the community of each card count here, so no rubric or figures are read.
        var cards = await db.Scorecards.AsNoTracking().Where(s => s.Quarter == quarter).ToListAsync(ct);
        var scoring = new QuarterScoring(quarter, assessed, cards);
        var missing = scoring.Missing().ToLookup(m => m.TownshipCode);

        var rows = townships
            .Select(t => new TownshipScoring(t.Id, t.Code, t.Name, assessed.Count(a => a.TownshipCode == t.Code), [.. missing[t.Code].Select(m => m.Name)]))
            .Where(t => t.Pilots > 0)
            .ToList();
        var settlementId = await db.Settlements.AsNoTracking().Where(s => s.Quarter == quarter).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
        return new ScoringStatus(quarter, scoring.PilotCount, scoring.CompleteCount, rows, settlementId);
    }
}

using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// Opens a quarter's settlement and computes its draft: closes the quarter's scoring (every pilot community scored,
/// every scorecard locked — or nothing happens and the message lists who is missing), grades it against the award
/// pool's reserve, and stores the draft with its snapshot. A quarter that has a draft keeps it (the scheduled job, a
/// second worker, `settle` run twice) unless <paramref name="redraft"/> asks for a new one, which a draft or a reviewed
/// settlement allows and a confirmed one refuses.
/// </summary>
public sealed class SettlementDrafting(GrantsDbContext db, AssessmentSettings settings, TimeProvider clock)
{
    /// <param name="expectedVersion">For a re-draft from the page: the settlement as the clerk saw it, checked in the same transaction.</param>
    public async Task<int> DraftAsync(Quarter quarter, string by, CancellationToken ct, bool redraft = false, int? expectedVersion = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.InMovementAsync(token => DraftOnceAsync(quarter, by, redraft, expectedVersion, token), ct);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e) && attempt < 3)
            {
                // Another process opened the quarter a moment ago: read it again.
            }
        }
    }

    private async Task<int> DraftOnceAsync(Quarter quarter, string by, bool redraft, int? expectedVersion, CancellationToken token)
    {
        var settlement = await db.Settlements.Include(s => s.Lines).Include(s => s.Snapshot).SingleOrDefaultAsync(s => s.Quarter == quarter, token);
        if (expectedVersion is { } version && settlement?.Version != version)
        {
            throw new DomainRuleException("Rule.Settlement.ChangedMeanwhile");
        }

        if (settlement is not null && (!redraft || settlement.IsLocked) && settlement.DraftedAt is not null)
        {
            return redraft ? throw new DomainRuleException("Rule.Settlement.Locked", quarter.ToString()) : settlement.Id;
        }

        var now = clock.GetUtcNow();
        var pool = await AwardPool.FindAsync(db, quarter, token);
        var scorecards = await db.Scorecards.Whole()
            .Where(s => s.Quarter == quarter).ToListAsync(token);
        var pilots = await db.Communities.AsNoTracking().Where(c => c.IsPilot).ToListAsync(token);
        var townships = await db.Townships.AsNoTracking().ToDictionaryAsync(t => t.Id, token);
        new QuarterScoring(quarter, pilots.Select(c => Assessed(c, townships)).ToList(), scorecards).Close();

        var before = await PreviousCards.ForAsync(db, quarter, settings.RulesFor(quarter.Previous), token);
        var byId = pilots.ToDictionary(c => c.Id);
        var entries = scorecards.Where(s => byId.ContainsKey(s.CommunityId))
            .Select(s => new GradingEntry(Assessed(byId[s.CommunityId], townships), s, before.GetValueOrDefault(s.CommunityId)))
            .ToList();
        var result = QuarterGrading.Compute(quarter, settings.RulesFor(quarter), entries, pool.ReserveBalance);

        if (settlement is null)
        {
            settlement = new QuarterSettlement(quarter, pool.Id, now, by);
            db.Settlements.Add(settlement);
        }

        var firstNumber = await NoticeNumbering.FirstFreeAsync(db, settlement, token);
        settlement.Draft(result, pilots.ToDictionary(c => c.Id, c => c.TownshipId), firstNumber, now);
        await db.SaveChangesAsync(token);
        return settlement.Id;
    }

    internal static AssessedCommunity Assessed(Domain.Organisation.Community c, IReadOnlyDictionary<int, Domain.Organisation.Township> townships) =>
        new(c.Id, townships[c.TownshipId].Code, townships[c.TownshipId].Name, c.Name, c.Category);
}

using Grants.Domain;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Grants.Reports;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// Creates the award payouts of a confirmed settlement, a few townships per transaction: the pool's row is locked
/// first, then the townships' live payouts are read, and only the communities without one are paid — so a retried job,
/// a second worker or a re-run after a crash pays nobody twice. The unique index on (quarter, community) backs this up:
/// a lost race rolls the batch back and runs it again.
/// </summary>
public sealed class SettlementPayouts(GrantsDbContext db, TimeProvider clock)
{
    /// <summary>
    /// Townships paid in one transaction. A county's dozen or two townships go in two or three; a province-sized run
    /// (770 townships of 13 pilots in the benchmark) pays the transaction's fixed cost — the settlement read, the pool's
    /// lock, the audit seal — a hundred times instead of 770, while the pool stays locked for a fraction of a second.
    /// </summary>
    public const int TownshipsPerTransaction = 8;

    public async Task<int> PayTownshipsAsync(int settlementId, IReadOnlyCollection<int> townshipIds, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await db.InMovementAsync(token => PayAsync(settlementId, townshipIds, token), ct);
            }
            catch (DbUpdateException e) when (DbErrors.IsUniqueViolation(e) && attempt < 3)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<int> PayAsync(int settlementId, IReadOnlyCollection<int> townshipIds, CancellationToken ct)
    {
        var settlement = await db.Settlements.AsNoTracking().SingleAsync(s => s.Id == settlementId, ct);
        if (settlement.Status != SettlementStatus.Confirmed)
        {
            return 0;
        }

        var pool = await PoolLock.LoadLockedAsync(db, settlement.AwardPoolId, ct);
        var paid = await db.AwardPayouts
            .Where(p => p.Quarter == settlement.Quarter && townshipIds.Contains(p.TownshipId) && p.ReversedAt == null)
            .Select(p => p.CommunityId).ToListAsync(ct);
        var lines = (await db.SettlementLines.AsNoTracking().Where(l => l.SettlementId == settlementId && townshipIds.Contains(l.TownshipId)).ToListAsync(ct))
            .Where(l => l.Award.IsPositive && !paid.Contains(l.CommunityId)).ToList();
        if (lines.Count == 0)
        {
            return 0;
        }

        var townships = await db.Townships.AsNoTracking().Where(t => townshipIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var communities = await db.Communities.AsNoTracking().Where(c => townshipIds.Contains(c.TownshipId)).ToDictionaryAsync(c => c.Id, ct);
        var now = clock.GetUtcNow();
        var payouts = lines.Select(l => (Line: l, Payout: new AwardPayout(settlement, l, Payee(communities[l.CommunityId]), now))).ToList();
        db.AwardPayouts.AddRange(payouts.Select(p => p.Payout));
        pool.PayAwards(payouts.Select(p => p.Payout.Amount).Total());
        await db.SaveChangesAsync(ct);

        var on = ChinaTime.Today(clock);
        foreach (var (line, payout) in payouts)
        {
            var description = $"{settlement.Quarter.ChineseName}以奖代补奖励 {townships[line.TownshipId].Name}{communities[line.CommunityId].Name}";
            db.JournalEntries.Add(SettlementPostings.Payout(payout, on, description, now, settlement.ConfirmedBy ?? "settlement"));
        }

        await db.SaveChangesAsync(ct);
        return payouts.Count;
    }

    private static Payee Payee(Domain.Organisation.Community community) =>
        community is { BankName: { } bank, BankAccount: { } account }
            ? new Payee(ChineseText.Committee(community.Name), bank, account)
            : throw new DomainRuleException("Rule.Settlement.PayeeAccountMissing", 1, community.Name);
}

using Grants.Domain;
using Grants.Domain.Assessment;
using Grants.Domain.Ledger;
using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// The people's steps of a settlement — review, confirm, re-open — each one transaction guarded by the settlement's
/// Version, so a double click or two approvers at once move it once and the other gets a clear refusal.
/// </summary>
public sealed class SettlementSteps(GrantsDbContext db, TimeProvider clock)
{
    public async Task ReviewAsync(int settlementId, int expectedVersion, string by, CancellationToken ct)
    {
        var settlement = await LoadAsync(settlementId, expectedVersion, ct);
        settlement.Review(by, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Confirms, after checking that every rewarded community has an account to be paid into.</summary>
    public async Task ConfirmAsync(int settlementId, int expectedVersion, string by, CancellationToken ct)
    {
        var settlement = await LoadAsync(settlementId, expectedVersion, ct);
        var rewarded = db.SettlementLines.Where(l => l.SettlementId == settlementId && l.Award != Money.Zero).Select(l => l.CommunityId);
        var unpayable = await db.Communities.Where(c => rewarded.Contains(c.Id) && (c.BankAccount == null || c.BankName == null))
            .OrderBy(c => c.Name).Select(c => c.Name).ToListAsync(ct);
        if (unpayable.Count > 0)
        {
            throw new DomainRuleException("Rule.Settlement.PayeeAccountMissing", unpayable.Count, string.Join("、", unpayable.Take(20)));
        }

        settlement.Confirm(by, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    public async Task RequestReopeningAsync(int settlementId, int expectedVersion, string administrator, string reason, CancellationToken ct)
    {
        var settlement = await LoadAsync(settlementId, expectedVersion, ct);
        settlement.RequestReopening(administrator, reason, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// An approver agrees to re-open a locked quarter: the settlement goes back to a draft in its next round, every live
    /// payout is reversed (a reversing entry, the reserve restored) and the scorecards are unlocked — one transaction.
    /// </summary>
    public async Task ApproveReopeningAsync(int settlementId, int expectedVersion, string approver, CancellationToken ct) =>
        await db.InMovementAsync(async token =>
        {
            var settlement = await LoadAsync(settlementId, expectedVersion, token);
            var now = clock.GetUtcNow();
            settlement.ApproveReopening(approver, now);
            var (administrator, reason) = (settlement.ReopenedBy!, settlement.ReopenReason!);
            var pool = await PoolLock.LoadLockedAsync(db, settlement.AwardPoolId, token);
            var live = await db.AwardPayouts.Where(p => p.SettlementId == settlementId && p.ReversedAt == null).ToListAsync(token);
            var sources = live.Select(SettlementPostings.Source).ToList();
            var entries = await db.JournalEntries.Include(e => e.Lines).Where(e => sources.Contains(e.Source) && e.Kind == JournalKind.AwardPayout).ToListAsync(token);
            foreach (var payout in live)
            {
                payout.Reverse(now);
            }

            if (live.Count > 0)
            {
                pool.ReturnAwards(live.Select(p => p.Amount).Total());
            }

            foreach (var entry in entries)
            {
                db.JournalEntries.Add(entry.Reverse($"重开结账：{reason}", ChinaTime.Today(clock), now, administrator));
            }

            var cards = await db.Scorecards.Where(s => s.Quarter == settlement.Quarter).ToListAsync(token);
            cards.Where(c => c.Status == ScorecardStatus.Locked).ToList().ForEach(c => c.Unlock());
            await db.SaveChangesAsync(token);
            return settlement.Id;
        }, ct);

    private async Task<QuarterSettlement> LoadAsync(int settlementId, int expectedVersion, CancellationToken ct)
    {
        var settlement = await db.Settlements.SingleOrDefaultAsync(s => s.Id == settlementId, ct)
            ?? throw new DomainRuleException("Rule.Settlement.NotFound");
        if (settlement.Version != expectedVersion)
        {
            throw new DomainRuleException("Rule.Settlement.ChangedMeanwhile");
        }

        return settlement;
    }
}

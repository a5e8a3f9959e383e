using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>How far a settlement's jobs have come this round: payouts, notices and county files made against expected.</summary>
public sealed record SettlementProgress(
    int SettlementId, SettlementStatus Status, int Round,
    int PayoutsExpected, int PayoutsMade, int NoticesExpected, int NoticesIssued, int FilesExpected, int FilesWritten)
{
    public bool PaymentsDone => PayoutsMade >= PayoutsExpected;

    public bool DocumentsDone => NoticesIssued >= NoticesExpected && FilesWritten >= FilesExpected;

    public static async Task<SettlementProgress> ForAsync(GrantsDbContext db, int settlementId, CancellationToken ct)
    {
        var s = await db.Settlements.AsNoTracking().Where(x => x.Id == settlementId).Select(x => new { x.Status, x.Round, x.Quarter }).SingleAsync(ct);
        var lines = await db.SettlementLines.AsNoTracking().Where(l => l.SettlementId == settlementId)
            .Select(l => new { l.Grade, l.Award, l.BlackCardsInARow }).ToListAsync(ct);
        var payouts = await db.AwardPayouts.CountAsync(p => p.SettlementId == settlementId && p.Round == s.Round && p.ReversedAt == null, ct);
        var notices = await db.IssuedNotices.CountAsync(n => n.SettlementId == settlementId && n.Round == s.Round, ct);
        var files = await db.SettlementFiles.CountAsync(f => f.SettlementId == settlementId && f.Round == s.Round, ct);
        return new SettlementProgress(
            settlementId, s.Status, s.Round, lines.Count(l => l.Award.IsPositive), payouts,
            lines.Sum(l => SettlementLine.NoticesFor(l.Grade, l.Award, l.BlackCardsInARow).Count()), notices, SettlementCountyFiles.Names.Count, files);
    }
}

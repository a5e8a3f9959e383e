using Grants.Domain.Settlement;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Settlement;

/// <summary>
/// 文号: a county numbers its documents through the year, so a quarter's notices continue after the highest number
/// the year has used — by another quarter's draft (its numbers are fixed when it is drafted) or by a notice already
/// issued (a re-opened quarter's new notices get new numbers, never the ones they replace). The unique
/// (year, number) index on issued notices is the last word.
/// </summary>
internal static class NoticeNumbering
{
    public static async Task<int> FirstFreeAsync(GrantsDbContext db, QuarterSettlement settlement, CancellationToken ct)
    {
        var year = settlement.Quarter.Year;
        if (db.Database.IsNpgsql())
        {
            // Two quarters of one year drafted at once queue here (SQLite has one writer anyway).
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(20261129, {year})", ct);
        }

        var settlements = await db.Settlements.AsNoTracking().Select(s => new { s.Id, s.Quarter }).ToListAsync(ct);
        var others = settlements.Where(s => s.Quarter.Year == year && s.Id != settlement.Id).Select(s => s.Id).ToList();
        var highestDrafted = 0;
        foreach (var id in others)
        {
            // The last number of a settlement is on its highest-numbered line; that line may carry two notices.
            var last = await db.SettlementLines.AsNoTracking().Where(l => l.SettlementId == id)
                .OrderByDescending(l => l.NoticeSequence)
                .Select(l => new { l.NoticeSequence, l.Grade, l.Award, l.BlackCardsInARow }).FirstOrDefaultAsync(ct);
            if (last is not null)
            {
                var count = SettlementLine.NoticesFor(last.Grade, last.Award, last.BlackCardsInARow).Count();
                highestDrafted = Math.Max(highestDrafted, last.NoticeSequence + Math.Max(count, 1) - 1);
            }
        }

        var highestIssued = await db.IssuedNotices.Where(n => n.Year == year).MaxAsync(n => (int?)n.Sequence, ct) ?? 0;
        return Math.Max(highestDrafted, highestIssued) + 1;
    }
}

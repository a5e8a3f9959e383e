using System.Globalization;
using System.Linq.Expressions;
using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Ledger;

/// <summary>
/// Every entry is balanced, has at least two lines, and every line is one-sided and positive. One GROUP BY over the
/// lines answers all three for every entry at once, and one anti-join finds entries without lines; only the offending
/// entry with the lowest id comes back.
/// </summary>
internal static class EntryChecks
{
    private static readonly Money Zero = Money.Zero;

    private static readonly Expression<Func<JournalLine, bool>> NotOneSided =
        l => l.Debit < Zero || l.Credit < Zero || (l.Debit == Zero && l.Credit == Zero) || (l.Debit != Zero && l.Credit != Zero);

    public static async Task<LedgerDiscrepancy?> FirstAsync(GrantsDbContext db, CancellationToken ct)
    {
        // (long)(object)money sums the stored fen in SQL; see LedgerBalances.
        var bad = await db.JournalLines.AsNoTracking()
            .GroupBy(l => l.EntryId)
            .Select(g => new
            {
                EntryId = g.Key,
                Lines = g.Count(),
                // The NotOneSided predicate, written out: inside a group EF translates a lambda, not an expression field.
                NotOneSided = g.Count(l => l.Debit < Zero || l.Credit < Zero || (l.Debit == Zero && l.Credit == Zero) || (l.Debit != Zero && l.Credit != Zero)),
                Debits = g.Sum(l => (long)(object)l.Debit),
                Credits = g.Sum(l => (long)(object)l.Credit),
            })
            .Where(e => e.Lines < 2 || e.NotOneSided > 0 || e.Debits != e.Credits)
            .OrderBy(e => e.EntryId)
            .FirstOrDefaultAsync(ct);

        var empty = await db.JournalEntries.AsNoTracking()
            .Where(e => !db.JournalLines.Any(l => l.EntryId == e.Id))
            .OrderBy(e => e.Id).Select(e => (long?)e.Id)
            .FirstOrDefaultAsync(ct);

        if (bad is null && empty is null)
        {
            return null;
        }

        var entryId = bad is null ? empty!.Value : empty is null ? bad.EntryId : Math.Min(bad.EntryId, empty.Value);
        var entry = await db.JournalEntries.AsNoTracking().Where(e => e.Id == entryId)
            .Select(e => new { e.Source, e.BookedOn }).SingleAsync(ct);
        var date = entry.BookedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (bad is null || bad.EntryId != entryId)
        {
            return LedgerDiscrepancy.Of(LedgerDiscrepancy.EntryTooFewLines, entryId, entry.Source, date, 0);
        }

        if (bad.NotOneSided > 0)
        {
            var line = await db.JournalLines.AsNoTracking().Where(l => l.EntryId == entryId).Where(NotOneSided)
                .OrderBy(l => l.Id).FirstAsync(ct);
            return LedgerDiscrepancy.Of(LedgerDiscrepancy.LineNotOneSided, entryId, entry.Source, date, line.Id, line.Account, line.Debit, line.Credit);
        }

        return bad.Lines < 2
            ? LedgerDiscrepancy.Of(LedgerDiscrepancy.EntryTooFewLines, entryId, entry.Source, date, bad.Lines)
            : LedgerDiscrepancy.Of(LedgerDiscrepancy.EntryUnbalanced, entryId, entry.Source, date, Money.FromFen(bad.Debits), Money.FromFen(bad.Credits));
    }

    public static LedgerDiscrepancy? Totals(Money debits, Money credits) =>
        debits == credits ? null : LedgerDiscrepancy.Of(LedgerDiscrepancy.TotalsDiffer, debits, credits);
}

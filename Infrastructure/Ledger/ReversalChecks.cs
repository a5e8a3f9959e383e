using System.Linq.Expressions;
using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Ledger;

/// <summary>
/// Every reversal names an entry that exists, is of the reversal kind, and mirrors that entry account by account
/// (its debits are the original's credits and the other way round). Reversals are rare, so their lines, summed per
/// account by the database, are compared here.
/// </summary>
internal static class ReversalChecks
{
    private sealed record Side(long ReversalId, long OriginalId, string Account, int Lines, long Debits, long Credits);

    public static async Task<LedgerDiscrepancy?> FirstAsync(GrantsDbContext db, CancellationToken ct)
    {
        var entries = db.JournalEntries.AsNoTracking();
        var wrongKind = await entries
            .Where(e => (e.ReversesEntryId != null && e.Kind != JournalKind.Reversal) || (e.ReversesEntryId == null && e.Kind == JournalKind.Reversal))
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.Source }).FirstOrDefaultAsync(ct);
        if (wrongKind is not null)
        {
            return LedgerDiscrepancy.Of(LedgerDiscrepancy.ReversalKind, wrongKind.Id, wrongKind.Source);
        }

        var orphan = await entries
            .Where(e => e.ReversesEntryId != null && !db.JournalEntries.Any(o => o.Id == e.ReversesEntryId))
            .OrderBy(e => e.Id).Select(e => new { e.Id, Original = e.ReversesEntryId!.Value }).FirstOrDefaultAsync(ct);
        if (orphan is not null)
        {
            return LedgerDiscrepancy.Of(LedgerDiscrepancy.ReversalOrphan, orphan.Id, orphan.Original);
        }

        var reversed = await SidesAsync(db, e => e.Id, ct);
        var originals = await SidesAsync(db, e => e.ReversesEntryId!.Value, ct);
        var mismatch = reversed.Keys.Union(originals.Keys)
            .Where(key => !Mirrors(reversed.GetValueOrDefault(key), originals.GetValueOrDefault(key)))
            .OrderBy(key => key.ReversalId).ThenBy(key => key.Account, StringComparer.Ordinal)
            .Select(key => (Key: key, Reversal: reversed.GetValueOrDefault(key), Original: originals.GetValueOrDefault(key)))
            .FirstOrDefault();
        if (mismatch.Key.Account is null)
        {
            return null;
        }

        var (reversalId, account) = mismatch.Key;
        var originalId = (mismatch.Reversal ?? mismatch.Original)!.OriginalId;
        return LedgerDiscrepancy.Of(LedgerDiscrepancy.ReversalNotMirror, reversalId, originalId, account,
            Money.FromFen(mismatch.Reversal?.Debits ?? 0), Money.FromFen(mismatch.Reversal?.Credits ?? 0),
            Money.FromFen(mismatch.Original?.Debits ?? 0), Money.FromFen(mismatch.Original?.Credits ?? 0));
    }

    private static bool Mirrors(Side? reversal, Side? original) =>
        reversal is not null && original is not null
        && reversal.Lines == original.Lines && reversal.Debits == original.Credits && reversal.Credits == original.Debits;

    /// <summary>Per reversal and account: the sums of the reversal's own lines, or of the lines of the entry it reverses.</summary>
    private static async Task<Dictionary<(long ReversalId, string Account), Side>> SidesAsync(
        GrantsDbContext db, Expression<Func<JournalEntry, long>> linesOf, CancellationToken ct)
    {
        var rows = await db.JournalEntries.AsNoTracking()
            .Where(e => e.ReversesEntryId != null)
            .Join(db.JournalLines.AsNoTracking(), linesOf, l => l.EntryId, (e, l) => new { e.Id, Original = e.ReversesEntryId!.Value, l.Account, l.Debit, l.Credit })
            .GroupBy(x => new { x.Id, x.Original, x.Account })
            .Select(g => new Side(g.Key.Id, g.Key.Original, g.Key.Account, g.Count(), g.Sum(x => (long)(object)x.Debit), g.Sum(x => (long)(object)x.Credit)))
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.ReversalId, r.Account));
    }
}

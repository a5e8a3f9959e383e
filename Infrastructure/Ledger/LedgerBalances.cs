using Grants.Domain;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Ledger;

/// <summary>What one account of the journal holds: the sums of its debit and credit lines.</summary>
public sealed record AccountBalance(string Account, Money Debits, Money Credits)
{
    /// <summary>Debits − credits: positive for a debit-normal account (a pool, a project) that holds money.</summary>
    public Money Net => Debits - Credits;
}

public static class LedgerBalances
{
    /// <summary>Every account's sums, grouped by the database: one row per account, however many lines there are.</summary>
    /// <remarks>
    /// Money is stored as bigint fen; <c>(long)(object)money</c> is how a LINQ query sums that column in SQL (EF turns the
    /// cast into a CAST of the stored value), since <see cref="Money"/> itself has no SUM.
    /// </remarks>
    public static async Task<IReadOnlyList<AccountBalance>> ByAccountAsync(GrantsDbContext db, CancellationToken ct)
    {
        var rows = await db.JournalLines.AsNoTracking()
            .GroupBy(l => l.Account)
            .Select(g => new { Account = g.Key, Debits = g.Sum(l => (long)(object)l.Debit), Credits = g.Sum(l => (long)(object)l.Credit) })
            .OrderBy(r => r.Account)
            .ToListAsync(ct);
        return rows.Select(r => new AccountBalance(r.Account, Money.FromFen(r.Debits), Money.FromFen(r.Credits))).ToList();
    }
}

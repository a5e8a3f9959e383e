using Grants.Domain;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Ledger;

/// <summary>
/// Proves the books: every entry balances, total debits equal total credits, every reversal mirrors what it reverses,
/// and every pool's, project's and source's account holds exactly what its business records say. Stops at the first
/// discrepancy and says where it is. Every question is set-based — the database groups and sums the journal lines —
/// so the work grows with the lines only inside the database, never in memory.
/// </summary>
public sealed class LedgerVerifier(GrantsDbContext db)
{
    public async Task<LedgerVerification> VerifyAsync(IProgress<string>? progress = null, CancellationToken ct = default)
    {
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, ct);
        progress?.Report("summing the lines by account");
        return await VerifyAsync(await LedgerBalances.ByAccountAsync(db, ct), progress, ct);
    }

    /// <summary>
    /// Verifies with the account balances the caller already has (the trial balance page), instead of summing them again;
    /// the caller read them inside its <see cref="ReadSnapshot"/>, which this then shares.
    /// </summary>
    public async Task<LedgerVerification> VerifyAsync(IReadOnlyList<AccountBalance> balances, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(balances);
        await using var snapshot = await ReadSnapshot.BeginAsync(db.Database, ct);
        progress?.Report("counting entries and lines");
        var entries = await db.JournalEntries.LongCountAsync(ct);
        var lines = await db.JournalLines.LongCountAsync(ct);
        var reversals = await db.JournalEntries.LongCountAsync(e => e.ReversesEntryId != null, ct);
        var debits = balances.Total(b => b.Debits);
        var credits = balances.Total(b => b.Credits);

        progress?.Report("reading pools, projects, receipts and allocations");
        var funds = await FundsSnapshot.LoadAsync(db, ct);
        var counts = new LedgerCounts(entries, lines, balances.Count, funds.Pools.Count, funds.Projects.Count, reversals);

        progress?.Report($"checking {entries:N0} entries");
        var discrepancy = await EntryChecks.FirstAsync(db, ct) ?? EntryChecks.Totals(debits, credits);
        if (discrepancy is null)
        {
            progress?.Report($"checking {reversals:N0} reversals");
            discrepancy = await ReversalChecks.FirstAsync(db, ct);
        }

        if (discrepancy is null)
        {
            progress?.Report($"checking {balances.Count:N0} accounts against {funds.Pools.Count:N0} pools and {funds.Projects.Count:N0} projects");
            discrepancy = FundsChecks.First(balances, funds);
        }

        return new LedgerVerification(counts, debits, credits, discrepancy);
    }
}

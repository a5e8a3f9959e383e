using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Ledger;

/// <summary>Which accounts to read; each filter given narrows the selection further. Payee matches part of a name.</summary>
public sealed record AccountFilter(int? PoolId = null, int? TownshipId = null, int? ProjectId = null, string? Payee = null);

/// <summary>One journal line with its entry's facts.</summary>
public sealed record ScopedLine
{
    public long LineId { get; init; }

    public long EntryId { get; init; }

    public DateOnly BookedOn { get; init; }

    public JournalKind Kind { get; init; }

    public string Description { get; init; } = "";

    public string Source { get; init; } = "";

    public string Account { get; init; } = "";

    public Money Debit { get; init; }

    public Money Credit { get; init; }
}

/// <summary>What an account's lines add up to before a period (its opening) and within it.</summary>
public sealed record AccountPeriodSums(string Account, Money OpeningDebits, Money OpeningCredits, Money Debits, Money Credits);

/// <summary>
/// The journal as one user may see it: the only source the exports read lines from. Journal lines carry no township,
/// so the scope goes through what each account belongs to (<see cref="ScopedAccounts"/>): a township accountant sees
/// the accounts of their township's projects, requests and award payouts, and no pool or source account, which are
/// county-wide. The scope comes from the signed-in user or, in a background job, from the request that user made;
/// there is no other way to make one, so no export can forget it.
/// </summary>
public sealed class ScopedLedger
{
    private readonly GrantsDbContext db;

    private ScopedLedger(GrantsDbContext db, int? townshipScope) => (this.db, TownshipScope) = (db, townshipScope);

    /// <summary>The township the reader is confined to, or null for the county.</summary>
    public int? TownshipScope { get; }

    public static ScopedLedger Of(GrantsDbContext db, ICurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(db, user.TownshipScope);
    }

    public static ScopedLedger Of(GrantsDbContext db, ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(db, request.TownshipScope);
    }

    /// <summary>The lines of the visible, selected accounts booked in the period (both ends included, either open).</summary>
    public IQueryable<ScopedLine> Lines(AccountFilter filter, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var accounts = new ScopedAccounts(db);
        var lines = db.JournalLines.AsNoTracking();
        foreach (var allowed in new[]
        {
            TownshipScope is { } scope ? accounts.OfTownship(scope) : null,
            filter.PoolId is { } pool ? accounts.OfPool(pool) : null,
            filter.TownshipId is { } township ? accounts.OfTownship(township) : null,
            filter.ProjectId is { } project ? accounts.OfProject(project) : null,
            string.IsNullOrWhiteSpace(filter.Payee) ? null : accounts.OfPayee(filter.Payee.Trim()),
        })
        {
            if (allowed is not null)
            {
                lines = lines.Where(l => allowed.Contains(l.Account));
            }
        }

        var entries = db.JournalEntries.AsNoTracking();
        if (from is { } start)
        {
            entries = entries.Where(e => e.BookedOn >= start);
        }

        if (to is { } end)
        {
            entries = entries.Where(e => e.BookedOn <= end);
        }

        return from l in lines
            join e in entries on l.EntryId equals e.Id
            select new ScopedLine
            {
                LineId = l.Id, EntryId = e.Id, BookedOn = e.BookedOn, Kind = e.Kind, Description = e.Description, Source = e.Source,
                Account = l.Account, Debit = l.Debit, Credit = l.Credit,
            };
    }

    /// <summary>日记账 order: entry by entry, each entry's lines as posted.</summary>
    public IAsyncEnumerable<ScopedLine> Journal(AccountFilter filter, DateOnly? from, DateOnly? to) =>
        Lines(filter, from, to).OrderBy(l => l.EntryId).ThenBy(l => l.LineId).AsAsyncEnumerable();

    /// <summary>明细账 order: account by account (all of one account together), then by date and entry.</summary>
    public IAsyncEnumerable<ScopedLine> Movements(AccountFilter filter, DateOnly? from, DateOnly? to) =>
        Lines(filter, from, to).OrderBy(l => l.Account).ThenBy(l => l.BookedOn).ThenBy(l => l.EntryId).ThenBy(l => l.LineId).AsAsyncEnumerable();

    /// <summary>
    /// Every visible, selected account with a line booked by the period's end, with its sums before and within the
    /// period, summed by the database. With no period and no filter these are the trial balance's figures.
    /// </summary>
    public async Task<IReadOnlyList<AccountPeriodSums>> SumsAsync(AccountFilter filter, DateOnly? from, DateOnly? to, CancellationToken ct)
    {
        var start = from ?? DateOnly.MinValue;
        // (long)(object)money sums the stored fen in SQL (see LedgerBalances).
        var rows = await Lines(filter, null, to)
            .Select(l => new { l.Account, l.BookedOn, Debit = (long)(object)l.Debit, Credit = (long)(object)l.Credit })
            .GroupBy(l => l.Account)
            .Select(g => new
            {
                Account = g.Key,
                OpeningDebits = g.Sum(l => l.BookedOn < start ? l.Debit : 0L),
                OpeningCredits = g.Sum(l => l.BookedOn < start ? l.Credit : 0L),
                Debits = g.Sum(l => l.BookedOn >= start ? l.Debit : 0L),
                Credits = g.Sum(l => l.BookedOn >= start ? l.Credit : 0L),
            })
            .ToListAsync(ct);
        return rows
            .Select(r => new AccountPeriodSums(r.Account, Money.FromFen(r.OpeningDebits), Money.FromFen(r.OpeningCredits), Money.FromFen(r.Debits), Money.FromFen(r.Credits)))
            .OrderBy(r => r.Account, StringComparer.Ordinal)
            .ToList();
    }
}

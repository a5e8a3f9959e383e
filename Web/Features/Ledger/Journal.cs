using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Ledger;

/// <summary>The journal's query string. A malformed value binds to null (no filter) and leaves a localized model error.</summary>
public sealed class JournalFilter : ListQuery
{
    [Display(Name = "Ledger.Kind")]
    public JournalKind? Kind { get; set; }

    [Display(Name = "Ledger.From")]
    public DateOnly? From { get; set; }

    [Display(Name = "Ledger.To")]
    public DateOnly? To { get; set; }

    [Display(Name = "Ledger.Account"), StringLength(64, ErrorMessage = "Validation.StringLength")]
    public string? Account { get; set; }

    public static readonly string[] Keys = [nameof(Kind), nameof(From), nameof(To), nameof(Account), nameof(Q)];
}

public sealed record JournalRow
{
    public long Id { get; init; }

    public DateOnly BookedOn { get; init; }

    public JournalKind Kind { get; init; }

    public string Description { get; init; } = "";

    public string Source { get; init; } = "";

    public string PostedBy { get; init; } = "";

    public long? ReversesEntryId { get; init; }

    public long TotalFen { get; init; }

    public Money Total => Money.FromFen(TotalFen);
}

public sealed record JournalList(JournalFilter Filter, Paged<JournalRow> Rows);

/// <summary>记账凭证: a page of journal entries with each entry's total, filtered by kind, booking date and account.</summary>
public sealed class JournalQuery(GrantsDbContext db)
{
    private static readonly SortColumns<JournalRow> Sorts = new SortColumns<JournalRow>("date")
        .Add("date", r => r.BookedOn)
        .Add("id", r => r.Id)
        .Add("kind", r => r.Kind)
        .Add("source", r => r.Source)
        .Add("postedby", r => r.PostedBy);

    /// <summary>The entries the filter selects; shared by the page and the PDF export, so both show the same entries.</summary>
    internal static IQueryable<JournalEntry> Entries(GrantsDbContext db, JournalFilter filter)
    {
        filter.Normalize();
        filter.Account = string.IsNullOrWhiteSpace(filter.Account) ? null : filter.Account.Trim();
        var entries = db.JournalEntries.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        if (filter.From is { } from)
        {
            entries = entries.Where(e => e.BookedOn >= from);
        }

        if (filter.To is { } to)
        {
            entries = entries.Where(e => e.BookedOn <= to);
        }

        if (filter.Account is { } account)
        {
            // IN (lines of the account) rather than EXISTS per entry: the database starts from the account's index.
            var ofAccount = db.JournalLines.Where(l => l.Account == account).Select(l => l.EntryId);
            entries = entries.Where(e => ofAccount.Contains(e.Id));
        }

        if (filter.Q is { } q)
        {
            entries = entries.Where(e => e.Description.Contains(q) || e.Source.Contains(q));
        }

        return entries;
    }

    public async Task<JournalList> ListAsync(JournalFilter filter, CancellationToken ct)
    {
        var entries = Entries(db, filter);

        // (long)(object)money sums the stored fen in SQL (see LedgerBalances); only the page's rows are summed.
        var rows = entries.Select(e => new JournalRow
        {
            Id = e.Id,
            BookedOn = e.BookedOn,
            Kind = e.Kind,
            Description = e.Description,
            Source = e.Source,
            PostedBy = e.PostedBy,
            ReversesEntryId = e.ReversesEntryId,
            TotalFen = db.JournalLines.Where(l => l.EntryId == e.Id).Sum(l => (long)(object)l.Debit),
        });
        return new JournalList(filter, await Sorts.Apply(rows, filter).ThenBy(r => r.Id).ToPagedAsync(filter, ct));
    }
}

using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Ledger;

public sealed record EntryLine(long Id, string Account, Money Debit, Money Credit);

public sealed record EntryDetails(
    long Id, JournalKind Kind, DateOnly BookedOn, string Description, string Source, DateTimeOffset PostedAt, string PostedBy,
    long? ReversesEntryId, long? ReversedByEntryId, IReadOnlyList<EntryLine> Lines)
{
    public Money Debits => Lines.Total(l => l.Debit);

    public Money Credits => Lines.Total(l => l.Credit);
}

/// <summary>One journal entry with its lines, and the reversal that corrected it, if any.</summary>
public sealed class JournalEntryQuery(GrantsDbContext db)
{
    public async Task<EntryDetails?> LoadAsync(long id, CancellationToken ct)
    {
        var entry = await db.JournalEntries.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new
            {
                e.Id, e.Kind, e.BookedOn, e.Description, e.Source, e.PostedAt, e.PostedBy, e.ReversesEntryId,
                ReversedBy = db.JournalEntries.Where(r => r.ReversesEntryId == e.Id).Select(r => (long?)r.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct);
        if (entry is null)
        {
            return null;
        }

        var lines = await db.JournalLines.AsNoTracking().Where(l => l.EntryId == id).OrderBy(l => l.Id)
            .Select(l => new EntryLine(l.Id, l.Account, l.Debit, l.Credit)).ToListAsync(ct);
        return new EntryDetails(entry.Id, entry.Kind, entry.BookedOn, entry.Description, entry.Source, entry.PostedAt, entry.PostedBy,
            entry.ReversesEntryId, entry.ReversedBy, lines);
    }
}

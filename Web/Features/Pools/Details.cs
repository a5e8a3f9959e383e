using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Pools;

public sealed record ReceiptRow(
    int Id, FundingLevel Level, string CatalogueLine, string DocumentNumber, DateOnly ReceivedOn, Money Amount, string? FileName);

public sealed record AllocationRow(
    int Id, int ProjectId, string ProjectName, string TownshipName, string CommunityName, Money Amount, DateOnly AllocatedOn, string Purpose);

public sealed record EntryLineRow(string Account, Money Debit, Money Credit);

public sealed record EntryRow(
    long Id, JournalKind Kind, DateOnly BookedOn, string Description, string Source, DateTimeOffset PostedAt, string PostedBy,
    IReadOnlyList<EntryLineRow> Lines);

public sealed record PoolDetails(
    PoolSummary Pool, string? CarriedForwardToName, IReadOnlyList<ReceiptRow> Receipts, IReadOnlyList<AllocationRow> Allocations,
    IReadOnlyList<EntryRow> Journal);

public sealed class PoolDetailsQuery(GrantsDbContext db)
{
    public async Task<PoolDetails?> LoadAsync(int id, CancellationToken ct)
    {
        if (await PoolSummary.LoadAsync(db, id, ct) is not { } pool)
        {
            return null;
        }

        var carriedTo = pool.CarriedForwardToPoolId is { } toId
            ? await db.Pools.AsNoTracking().Where(p => p.Id == toId).Select(p => p.Name).SingleAsync(ct)
            : null;
        var receipts = await db.PoolReceipts.AsNoTracking().Where(r => r.PoolId == id).OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id)
            .Select(r => new ReceiptRow(r.Id, r.Level, r.CatalogueLine, r.DocumentNumber, r.ReceivedOn, r.Amount, r.FileSha256 == null ? null : r.FileName))
            .ToListAsync(ct);
        var allocations = await (
                from a in db.PoolAllocations.AsNoTracking()
                join p in db.Projects on a.ProjectId equals p.Id
                join t in db.Townships on p.TownshipId equals t.Id
                join c in db.Communities on p.CommunityId equals c.Id
                where a.PoolId == id
                orderby a.AllocatedOn, a.Id
                select new AllocationRow(a.Id, p.Id, p.Name, t.Name, c.Name, a.Amount, a.AllocatedOn, a.Purpose))
            .ToListAsync(ct);
        return new PoolDetails(pool, carriedTo, receipts, allocations, await JournalAsync(id, receipts, allocations, ct));
    }

    /// <summary>
    /// The entries this pool's movements posted, found by their Source: its receipts, its allocations, its own
    /// reservations and carry-forward, and the carry-forward of last year's pool into it.
    /// </summary>
    private async Task<IReadOnlyList<EntryRow>> JournalAsync(
        int id, IReadOnlyList<ReceiptRow> receipts, IReadOnlyList<AllocationRow> allocations, CancellationToken ct)
    {
        var carriedIn = await db.Pools.AsNoTracking().Where(p => p.CarriedForwardToPoolId == id).Select(p => $"pool:{p.Id}").ToListAsync(ct);
        var sources = receipts.Select(r => $"pool-receipt:{r.Id}")
            .Concat(allocations.Select(a => $"pool-allocation:{a.Id}"))
            .Append($"pool:{id}")
            .ToList();
        var entries = await db.JournalEntries.AsNoTracking().Include(e => e.Lines)
            .Where(e => sources.Contains(e.Source) || (e.Kind == JournalKind.CarryForward && carriedIn.Contains(e.Source)))
            .OrderBy(e => e.Id)
            .ToListAsync(ct);
        return entries.Select(e => new EntryRow(
                e.Id, e.Kind, e.BookedOn, e.Description, e.Source, e.PostedAt, e.PostedBy,
                e.Lines.OrderBy(l => l.Id).Select(l => new EntryLineRow(l.Account, l.Debit, l.Credit)).ToList()))
            .ToList();
    }
}

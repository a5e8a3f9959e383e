using Grants.Domain;
using Grants.Domain.Disbursements;
using Grants.Domain.Ledger;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Infrastructure.Ledger;

internal sealed record PoolFigures(
    int Id, string Name, int FiscalYear, Money Received, Money CarriedIn, Money Allocated, Money Reserved, Money CarriedOut, int? CarriedForwardToPoolId,
    Money AwardsPaid)
{
    /// <summary>What the reserve account holds: set aside for awards, less the awards paid from it.</summary>
    public Money ReserveBalance => Reserved - AwardsPaid;

    public Money Available => Received + CarriedIn - Allocated - Reserved - CarriedOut;
}

internal sealed record ProjectFigures(
    int Id, string Name, Money IntegratedFunds, Money SelfFundingCash, Money DisbursedIntegratedFunds, Money DisbursedDonations, Money DisbursedSelfFunding)
{
    public Money Disbursed => DisbursedIntegratedFunds + DisbursedDonations + DisbursedSelfFunding;
}

/// <summary>A quarterly award paid from a pool's reserve: owed to the committee while it stands, nothing once reversed.</summary>
internal sealed record AwardFigures(int Id, int PoolId, Money Amount, bool IsReversed);

/// <summary>A request that has been approved: what it owes (until paid) and what it paid.</summary>
internal sealed record RequestFigures(int Id, int ProjectId, CashSource Source, Money Amount, bool IsPaid);

/// <summary>
/// The business records the journal must agree with: every pool's and project's own figures, and the sums of receipts,
/// allocations and donations, each summed by the database per pool, per project, per source and per year.
/// </summary>
internal sealed record FundsSnapshot(
    IReadOnlyList<PoolFigures> Pools,
    IReadOnlyList<ProjectFigures> Projects,
    IReadOnlyDictionary<int, Money> ReceiptsByPool,
    IReadOnlyDictionary<int, Money> AllocationsByPool,
    IReadOnlyDictionary<int, Money> AllocationsByProject,
    IReadOnlyDictionary<(FundingLevel Level, int Year), Money> ReceiptsBySource,
    IReadOnlyDictionary<int, Money> DonationsByProject,
    IReadOnlyDictionary<int, Money> DonationsByYear,
    IReadOnlyList<RequestFigures> Requests,
    IReadOnlyList<AwardFigures> Awards)
{
    public static async Task<FundsSnapshot> LoadAsync(GrantsDbContext db, CancellationToken ct)
    {
        var pools = await db.Pools.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new PoolFigures(p.Id, p.Name, p.FiscalYear, p.Received, p.CarriedIn, p.Allocated, p.Reserved, p.CarriedOut, p.CarriedForwardToPoolId, p.AwardsPaid))
            .ToListAsync(ct);
        // Verify acts county-wide, whoever runs it: the township filter must not hide a project's postings from it.
        var projects = await db.Projects.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new ProjectFigures(
                p.Id, p.Name, p.IntegratedFunds, p.SelfFundingCash, p.DisbursedIntegratedFunds, p.DisbursedDonations, p.DisbursedSelfFunding))
            .ToListAsync(ct);

        // (long)(object)money sums the stored fen in SQL; see LedgerBalances.
        var receipts = await db.PoolReceipts.AsNoTracking().GroupBy(r => r.PoolId)
            .Select(g => new { g.Key, Fen = g.Sum(r => (long)(object)r.Amount) }).ToListAsync(ct);
        var byPool = await db.PoolAllocations.AsNoTracking().GroupBy(a => a.PoolId)
            .Select(g => new { g.Key, Fen = g.Sum(a => (long)(object)a.Amount) }).ToListAsync(ct);
        var byProject = await db.PoolAllocations.AsNoTracking().GroupBy(a => a.ProjectId)
            .Select(g => new { g.Key, Fen = g.Sum(a => (long)(object)a.Amount) }).ToListAsync(ct);
        var bySource = await db.PoolReceipts.AsNoTracking().GroupBy(r => new { r.Level, r.Pool.FiscalYear })
            .Select(g => new { g.Key.Level, g.Key.FiscalYear, Fen = g.Sum(r => (long)(object)r.Amount) }).ToListAsync(ct);
        var donations = db.Set<Donation>().AsNoTracking();
        var donationsByProject = await donations.GroupBy(d => d.ProjectId)
            .Select(g => new { g.Key, Fen = g.Sum(d => (long)(object)d.Amount) }).ToListAsync(ct);
        var donationsByYear = await donations.GroupBy(d => d.DonatedOn.Year)
            .Select(g => new { g.Key, Fen = g.Sum(d => (long)(object)d.Amount) }).ToListAsync(ct);
        var requests = await db.Requests.IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.Status == RequestStatus.Approved || r.Status == RequestStatus.Paid)
            .OrderBy(r => r.Id)
            .Select(r => new RequestFigures(r.Id, r.ProjectId, r.Source!.Value, r.Amount, r.Status == RequestStatus.Paid))
            .ToListAsync(ct);
        var awards = await db.AwardPayouts.IgnoreQueryFilters().AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new AwardFigures(p.Id, p.PoolId, p.Amount, p.ReversedAt != null)).ToListAsync(ct);

        return new FundsSnapshot(
            pools,
            projects,
            receipts.ToDictionary(r => r.Key, r => Money.FromFen(r.Fen)),
            byPool.ToDictionary(r => r.Key, r => Money.FromFen(r.Fen)),
            byProject.ToDictionary(r => r.Key, r => Money.FromFen(r.Fen)),
            bySource.ToDictionary(r => (r.Level, r.FiscalYear), r => Money.FromFen(r.Fen)),
            donationsByProject.ToDictionary(r => r.Key, r => Money.FromFen(r.Fen)),
            donationsByYear.ToDictionary(r => r.Key, r => Money.FromFen(r.Fen)),
            requests,
            awards);
    }
}

using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.OpenData;

/// <summary>
/// Where the integrated funds (整合资金) of a grant came from, by budget level. The ledger moves money from a pool to a
/// project without a level, so a grant's share of each level is its pool's: the pool's receipts by level plus, for
/// money carried forward (结转), the share of the pool it came from. Money.Allocate splits without losing a fen, so
/// the levels of a grant always add up to its amount.
/// </summary>
public sealed class FundingSources
{
    private static readonly FundingLevel[] Levels = Enum.GetValues<FundingLevel>();

    private readonly Dictionary<int, long[]> weights;
    private readonly ILookup<int, (int PoolId, Money Amount, DateOnly First)> allocations;

    private FundingSources(Dictionary<int, long[]> weights, ILookup<int, (int PoolId, Money Amount, DateOnly First)> allocations, IReadOnlyDictionary<int, string> pools)
    {
        this.weights = weights;
        this.allocations = allocations;
        Pools = pools;
    }

    public IReadOnlyDictionary<int, string> Pools { get; }

    public static async Task<FundingSources> LoadAsync(GrantsDbContext db, CancellationToken ct)
    {
        var pools = await db.Pools.AsNoTracking().OrderBy(p => p.FiscalYear).ThenBy(p => p.Id)
            .Select(p => new { p.Id, p.Name, p.CarriedIn, p.CarriedForwardToPoolId }).ToListAsync(ct);
        // (long)(object)money sums the stored fen in SQL; see LedgerBalances.
        var receipts = await db.PoolReceipts.AsNoTracking().GroupBy(r => new { r.PoolId, r.Level })
            .Select(g => new { g.Key.PoolId, g.Key.Level, Fen = g.Sum(r => (long)(object)r.Amount) }).ToListAsync(ct);
        var allocated = await db.PoolAllocations.AsNoTracking().GroupBy(a => new { a.ProjectId, a.PoolId })
            .Select(g => new { g.Key.ProjectId, g.Key.PoolId, Fen = g.Sum(a => (long)(object)a.Amount), First = g.Min(a => a.AllocatedOn) }).ToListAsync(ct);

        var weights = new Dictionary<int, long[]>();
        foreach (var pool in pools)
        {
            var own = Levels.Select(l => receipts.Where(r => r.PoolId == pool.Id && r.Level == l).Sum(r => r.Fen)).ToArray();
            if (pool.CarriedIn.IsPositive && pools.FirstOrDefault(p => p.CarriedForwardToPoolId == pool.Id) is { } from && weights.TryGetValue(from.Id, out var earlier))
            {
                var carried = Split(pool.CarriedIn, earlier);
                own = own.Zip(carried, (a, b) => a + b.Fen).ToArray();
            }

            weights[pool.Id] = own;
        }

        return new FundingSources(
            weights,
            allocated.ToLookup(a => a.ProjectId, a => (a.PoolId, Money.FromFen(a.Fen), a.First)),
            pools.ToDictionary(p => p.Id, p => p.Name));
    }

    /// <summary>The pools a project's integrated funds came from.</summary>
    public IEnumerable<int> PoolsOf(int projectId) => allocations[projectId].Select(a => a.PoolId).Distinct().Order();

    /// <summary>The day the county first allocated the project money from a pool: its award decision, for the ledger.</summary>
    public DateOnly? FirstAllocatedOn(int projectId) => allocations[projectId].Select(a => (DateOnly?)a.First).Min();

    /// <summary>A project's integrated funds by level, from each pool it drew on.</summary>
    public IReadOnlyList<(FundingLevel Level, Money Amount)> ForProject(int projectId) =>
        Sum(allocations[projectId].Select(a => ByLevel(a.PoolId, a.Amount)));

    /// <summary>An award by level, from the award pool it was paid from.</summary>
    public IReadOnlyList<(FundingLevel Level, Money Amount)> ForAward(int poolId, Money amount) => Sum([ByLevel(poolId, amount)]);

    private IReadOnlyList<Money> ByLevel(int poolId, Money amount) =>
        Split(amount, weights.GetValueOrDefault(poolId) ?? new long[Levels.Length]);

    // A pool with no receipts on record holds the county's own money.
    private static IReadOnlyList<Money> Split(Money amount, long[] weights) =>
        weights.All(w => w == 0) ? Levels.Select(l => l == FundingLevel.County ? amount : Money.Zero).ToList() : amount.Allocate(weights);

    private static List<(FundingLevel Level, Money Amount)> Sum(IEnumerable<IReadOnlyList<Money>> parts)
    {
        var list = parts.ToList();
        return Levels.Select((level, i) => (level, list.Select(p => p[i]).Total())).Where(x => !x.Item2.IsZero).ToList();
    }
}

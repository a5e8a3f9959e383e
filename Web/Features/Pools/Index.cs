using System.ComponentModel.DataAnnotations;
using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Grants.Web.Shared;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Features.Pools;

/// <summary>The overview's query string: which year's pools, and whose receipts to break down (a pool, else the year).</summary>
public sealed class PoolFilter : ListQuery
{
    [Display(Name = "Pools.FiscalYear")]
    public int? Year { get; set; }

    [Display(Name = "Pools.BreakdownOf")]
    public int? PoolId { get; set; }

    public static readonly string[] Keys = [nameof(Year), nameof(PoolId)];
}

public sealed record PoolTotals(Money Received, Money CarriedIn, Money Allocated, Money Reserved, Money CarriedOut, Money Available);

public sealed record LevelShare(FundingLevel Level, int Receipts, Money Amount);

public sealed record CatalogueShare(string CatalogueLine, int Receipts, Money Amount);

/// <summary>Receipts grouped two ways; <see cref="PoolName"/> is set when one pool is broken down.</summary>
public sealed record ReceiptBreakdown(string? PoolName, IReadOnlyList<LevelShare> ByLevel, IReadOnlyList<CatalogueShare> ByCatalogueLine)
{
    public Money Total => ByLevel.Total(s => s.Amount);

    public int Receipts => ByLevel.Sum(s => s.Receipts);
}

public sealed record PoolOverview(
    PoolFilter Filter, IReadOnlyList<PoolSummary> Rows, PoolTotals Totals, IReadOnlyList<int> Years, ReceiptBreakdown Breakdown);

public sealed class PoolsQuery(GrantsDbContext db)
{
    private static readonly SortColumns<PoolSummary> Sorts = new SortColumns<PoolSummary>("year")
        .Add("year", r => r.FiscalYear)
        .Add("name", r => r.Name)
        .Add("received", r => r.Received)
        .Add("carriedin", r => r.CarriedIn)
        .Add("allocated", r => r.Allocated)
        .Add("reserved", r => r.Reserved)
        .Add("carriedout", r => r.CarriedOut)
        .Add("available", r => r.Available);

    /// <summary>
    /// A county has a handful of pools a year, so they are read whole and sorted in memory: Available is the domain's
    /// sum, not a column, and the totals row must add up exactly the lines printed above it.
    /// </summary>
    public async Task<PoolOverview> ListAsync(PoolFilter filter, CancellationToken ct)
    {
        filter.Normalize();
        var pools = (await db.Pools.AsNoTracking().ToListAsync(ct)).Select(PoolSummary.Of).ToList();
        var years = pools.Select(p => p.FiscalYear).Distinct().OrderDescending().ToList();
        var shown = pools.Where(p => filter.Year is null || p.FiscalYear == filter.Year);
        var rows = Sorts.Apply(shown.AsQueryable(), filter).ThenBy(p => p.FiscalYear).ThenBy(p => p.Name).ToList();
        var totals = new PoolTotals(
            rows.Total(r => r.Received), rows.Total(r => r.CarriedIn), rows.Total(r => r.Allocated),
            rows.Total(r => r.Reserved), rows.Total(r => r.CarriedOut), rows.Total(r => r.Available));
        var chosen = pools.FirstOrDefault(p => p.Id == filter.PoolId);
        return new PoolOverview(filter, rows, totals, years, await BreakdownAsync(chosen, filter.Year, ct));
    }

    private async Task<ReceiptBreakdown> BreakdownAsync(PoolSummary? pool, int? year, CancellationToken ct)
    {
        var receipts = db.PoolReceipts.AsNoTracking();
        if (pool is not null)
        {
            receipts = receipts.Where(r => r.PoolId == pool.Id);
        }
        else if (year is not null)
        {
            receipts = receipts.Where(r => r.Pool.FiscalYear == year);
        }

        // Money is a converted column: summed here rather than by SQL, exactly and with checked arithmetic.
        var rows = await receipts.Select(r => new { r.Level, r.CatalogueLine, r.Amount }).ToListAsync(ct);
        var byLevel = rows.GroupBy(r => r.Level).OrderBy(g => g.Key)
            .Select(g => new LevelShare(g.Key, g.Count(), g.Total(r => r.Amount))).ToList();
        var byLine = rows.GroupBy(r => r.CatalogueLine).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CatalogueShare(g.Key, g.Count(), g.Total(r => r.Amount))).ToList();
        return new ReceiptBreakdown(pool?.Name, byLevel, byLine);
    }
}

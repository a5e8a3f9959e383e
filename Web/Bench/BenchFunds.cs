using Grants.Domain;
using Grants.Domain.Ledger;
using Grants.Domain.Pools;
using Grants.Domain.Projects;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Seeding;
using Grants.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>A pool and projects of the bench's own, beside the demo county's, so the demo data stays as seeded.</summary>
internal sealed record BenchPool(int PoolId, int FiscalYear, IReadOnlyList<int> ProjectIds);

/// <summary>The funds fixtures the allocation and verify benches share: demo seed, one pool, some projects, the verifier.</summary>
internal static class BenchFunds
{
    // A year of its own: the demo pools are 2025/2026, and (year, name) is unique.
    public const int FiscalYear = 2027;

    public static async Task SeedDemoAsync(BenchDatabase database, CancellationToken ct)
    {
        using var host = CliServices.Build(database.HostArgs);
        await host.InScope(async sp =>
        {
            await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var progress = new ConsoleProgress("  seeding");
            await sp.GetRequiredService<DemoSeeder>().SeedAsync(1, progress, ct);
            progress.Done();
            return 0;
        });
    }

    /// <summary>
    /// One pool (with one receipt of <paramref name="received"/>, posted like the receipt page posts it, when positive)
    /// and <paramref name="projects"/> projects in the first community. Project ids come back in order.
    /// </summary>
    public static async Task<BenchPool> CreatePoolAsync(BenchDatabase database, Money received, int projects, CancellationToken ct)
    {
        using var host = CliServices.Build(database.HostArgs);
        return await host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<GrantsDbContext>();
            var community = await db.Communities.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.TownshipId }).FirstAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var pool = new FundingPool(FiscalYear, "基准测试资金池 bench pool");
            db.Pools.Add(pool);
            var team = Enumerable.Range(1, projects)
                .Select(i => new Project(community.TownshipId, community.Id, null, $"基准测试项目 bench project {i}", "基准测试 bench")).ToList();
            db.Projects.AddRange(team);
            await db.SaveChangesAsync(ct);
            if (received.IsPositive)
            {
                var receipt = pool.RecordReceipt(FundingLevel.County, "基准测试 bench", "bench-receipt", new DateOnly(FiscalYear, 1, 2), received);
                await db.SaveChangesAsync(ct);
                db.JournalEntries.Add(PoolPostings.Receipt(receipt, DateTimeOffset.UtcNow, "bench"));
                await db.SaveChangesAsync(ct);
            }

            await transaction.CommitAsync(ct);
            return new BenchPool(pool.Id, FiscalYear, team.Select(p => p.Id).ToList());
        });
    }

    /// <summary>The verifier as `./grants verify` runs it, on a fresh host (a cold EF model is not what is timed: callers warm up).</summary>
    public static async Task<(LedgerVerification Result, TimeSpan Elapsed)> VerifyAsync(BenchDatabase database, CancellationToken ct)
    {
        using var host = CliServices.Build(database.HostArgs);
        return await host.InScope(async sp =>
        {
            var verifier = sp.GetRequiredService<LedgerVerifier>();
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var result = await verifier.VerifyAsync(null, ct);
            return (result, watch.Elapsed);
        });
    }

    public static string Outcome(LedgerVerification result) =>
        result.IsOk ? "OK" : $"DISCREPANCY: {VerifyCommand.Describe(result.Discrepancy!)}";
}

using System.Diagnostics;
using System.Globalization;
using Grants.Domain.Ledger;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>
/// A large journal built in the database itself, in one transaction: half the entries receipts into the bench pool,
/// half allocations from it to its projects, each with its two lines, exactly as the pages would post them; then the
/// pool's and projects' figures set to what their receipts and allocations add up to. A fixture, not a use case — it
/// skips the domain for speed, so the verifier is what proves it consistent.
/// </summary>
internal static class JournalFixture
{
    public static async Task BuildAsync(GrantsDbContext db, BenchPool pool, long entries, CancellationToken ct)
    {
        var postgres = !db.Database.IsSqlite();
        var (first, last) = (pool.ProjectIds[0], pool.ProjectIds[^1]);
        if (last - first + 1 != pool.ProjectIds.Count)
        {
            throw new InvalidOperationException("The bench projects' ids are not contiguous; the fixture spreads allocations over an id range.");
        }

        var receipts = entries / 2;
        var allocations = entries - receipts;
        var poolAccount = LedgerAccount.PoolAvailable(pool.PoolId).Code;
        var sourceAccount = LedgerAccount.Source(FundingLevel.County, pool.FiscalYear).Code;
        var on = new DateOnly(pool.FiscalYear, 6, 1);
        var at = DateTimeOffset.UtcNow;
        var p = pool.PoolId.ToString(CultureInfo.InvariantCulture);

        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        async Task Step(string what, string sql, params object[] args)
        {
            var watch = Stopwatch.StartNew();
            var rows = await db.Database.ExecuteSqlRawAsync(sql, args, ct);
            BenchReport.Phase($"  {what}: {(rows < 0 ? "done" : $"{rows:N0} rows")} in {watch.Elapsed.TotalSeconds:0.0} s");
        }

        await Step("receipts", $$"""
            {{Series(postgres, receipts)}} INSERT INTO "PoolReceipts" ("PoolId", "Level", "CatalogueLine", "DocumentNumber", "ReceivedOn", "Amount")
            SELECT {{p}}, {{(int)FundingLevel.County}}, 'bench', 'bench-' || i, {0}, 10000 + i % 97 FROM s
            """, on);
        await Step("allocations", $$"""
            {{Series(postgres, allocations)}} INSERT INTO "PoolAllocations" ("PoolId", "ProjectId", "Amount", "AllocatedOn", "Purpose")
            SELECT {{p}}, {{first}} + i % {{pool.ProjectIds.Count}}, 5000 + i % 89, {0}, 'bench' FROM s
            """, on);
        await Step("receipt entries", $$"""
            INSERT INTO "JournalEntries" ("Kind", "BookedOn", "Description", "Source", "PostedAt", "PostedBy")
            SELECT {{(int)JournalKind.PoolReceipt}}, "ReceivedOn", "DocumentNumber", 'pool-receipt:' || "Id", {0}, 'bench'
            FROM "PoolReceipts" WHERE "PoolId" = {{p}} ORDER BY "Id"
            """, at);
        await Step("allocation entries", $$"""
            INSERT INTO "JournalEntries" ("Kind", "BookedOn", "Description", "Source", "PostedAt", "PostedBy")
            SELECT {{(int)JournalKind.Allocation}}, "AllocatedOn", "Purpose", 'pool-allocation:' || "Id", {0}, 'bench'
            FROM "PoolAllocations" WHERE "PoolId" = {{p}} ORDER BY "Id"
            """, at);
        // Two lines per entry: a two-row table crossed with the movements, so each movement is joined to its entry once.
        await Step("receipt lines", $$"""
            INSERT INTO "JournalLines" ("EntryId", "Account", "Debit", "Credit")
            SELECT e."Id", CASE WHEN side.d = 1 THEN {0} ELSE {1} END, side.d * r."Amount", (1 - side.d) * r."Amount"
            FROM "PoolReceipts" r JOIN "JournalEntries" e ON e."Source" = 'pool-receipt:' || r."Id"
            CROSS JOIN (SELECT 1 AS d UNION ALL SELECT 0) side
            WHERE r."PoolId" = {{p}}
            """, poolAccount, sourceAccount);
        await Step("allocation lines", $$"""
            INSERT INTO "JournalLines" ("EntryId", "Account", "Debit", "Credit")
            SELECT e."Id", CASE WHEN side.d = 1 THEN 'project:' || a."ProjectId" || ':funds' ELSE {0} END, side.d * a."Amount", (1 - side.d) * a."Amount"
            FROM "PoolAllocations" a JOIN "JournalEntries" e ON e."Source" = 'pool-allocation:' || a."Id"
            CROSS JOIN (SELECT 1 AS d UNION ALL SELECT 0) side
            WHERE a."PoolId" = {{p}}
            """, poolAccount);
        await Step("pool figures", $$"""
            UPDATE "Pools" SET
                "Received" = (SELECT COALESCE(SUM("Amount"), 0) FROM "PoolReceipts" WHERE "PoolId" = {{p}}),
                "Allocated" = (SELECT COALESCE(SUM("Amount"), 0) FROM "PoolAllocations" WHERE "PoolId" = {{p}}),
                "Version" = "Version" + 1
            WHERE "Id" = {{p}}
            """);
        await Step("project figures", $$"""
            UPDATE "Projects" SET
                "IntegratedFunds" = (SELECT COALESCE(SUM(a."Amount"), 0) FROM "PoolAllocations" a WHERE a."ProjectId" = "Projects"."Id"),
                "Version" = "Version" + 1
            WHERE "Id" BETWEEN {{first}} AND {{last}}
            """);
        await transaction.CommitAsync(ct);

        // A settled PostgreSQL database has been vacuumed and analysed by autovacuum; doing it now keeps autovacuum from
        // starting on these fresh rows in the middle of a timed run. SQLite gathers no statistics unless asked.
        if (postgres)
        {
            await Step("VACUUM ANALYZE", "VACUUM ANALYZE");
        }
    }

    private static string Series(bool postgres, long count) => postgres
        ? $"WITH s(i) AS (SELECT generate_series(1, {count}::bigint))"
        : $"WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {count})";
}

using System.Diagnostics;
using Grants.Domain.Disbursements;
using Grants.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>
/// Disbursement requests built in the database itself by INSERT … SELECT. <see cref="BuildAsync"/>, for the queue:
/// in one transaction, spread over the demo county's projects
/// (each request in its project's township): every status in a fixed mix — a tenth submitted, a twentieth awaiting
/// the second approval, most paid — submitted over the last 90 days, amounts ¥1,000 to ¥201,000 from all three
/// sources, one in fifty with a duplicate-invoice attempt, three in four with an invoice. A fixture, not a use case:
/// it skips the domain for speed, and nothing is posted, so it is for reading (the queue), not for verify.
/// </summary>
internal static class RequestFixture
{
    public const string FiledBy = "bench";

    /// <summary>Adds the queue's requests numbered <paramref name="from"/> to <paramref name="to"/> (the numbers make the tokens and payees unique).</summary>
    public static async Task BuildAsync(GrantsDbContext db, long from, long to, CancellationToken ct)
    {
        var postgres = !db.Database.IsSqlite();
        var now = DateTimeOffset.UtcNow;
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        async Task Step(string what, string sql, params object[] args)
        {
            var watch = Stopwatch.StartNew();
            var rows = await db.Database.ExecuteSqlRawAsync(sql, args, ct);
            BenchReport.Phase($"  {what}: {rows:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s");
        }

        var series = Series(postgres, from, to);
        var token = Token(postgres, "b");
        // SQLite keeps a DateTimeOffset as ISO text with its offset, the way EF writes it.
        var submitted = Ago(postgres, "r.i % 90", "r.i % 1440");
        var filedAt = Ago(postgres, "100", "0");
        await Step("requests", $$"""
            {{series}}, p AS (SELECT "Id", "TownshipId", ROW_NUMBER() OVER (ORDER BY "Id") - 1 AS n FROM "Projects"),
            r AS (SELECT s.i AS i, {{Status}} AS status FROM s)
            INSERT INTO "DisbursementRequests" ("ProjectId", "TownshipId", "Token", "Status", "FiledBy", "FiledAt", "SubmittedAt", "Round",
                "Amount", "Source", "PayeeName", "PayeeBank", "PayeeAccount", "Purpose", "Handler", "Witness", "Method", "FirstApprovedBy",
                "Version", "DuplicateInvoiceAttempts")
            SELECT p."Id", p."TownshipId", {{token}}, r.status, '{{FiledBy}}', {{filedAt}},
                CASE WHEN r.status = {{(int)RequestStatus.Draft}} THEN NULL ELSE {{submitted}} END, 1,
                100000 + (r.i * 7919) % 20000000, 1 + r.i % 3, '收款人' || (r.i % 5000), '农业银行', '6228480012345678', '基准测试', '张三', '李四',
                {{(int)PaymentMethod.BankTransfer}}, CASE WHEN r.status = {{(int)RequestStatus.FirstApproved}} THEN 'clerk' END,
                1, CASE WHEN r.i % 50 = 0 THEN 1 ELSE 0 END
            FROM r JOIN p ON p.n = r.i % (SELECT COUNT(*) FROM "Projects")
            """, postgres ? now : now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        await Step("stored file", """
            INSERT INTO "StoredFiles" ("Sha256", "Size", "ContentType", "UploadedAt", "UploadedBy")
            SELECT {0}, 1234, 'application/pdf', {1}, 'bench' WHERE NOT EXISTS (SELECT 1 FROM "StoredFiles" WHERE "Sha256" = {0})
            """, Sha, now);
        await Step("invoices", $$"""
            INSERT INTO "Invoices" ("RequestId", "Code", "Number", "Amount", "IssuedOn", "Issuer", "FileSha256", "FileName")
            SELECT r."Id", '999999999999', CAST(r."Id" AS {{(postgres ? "text" : "TEXT")}}), r."Amount", {0}, '基准测试建材公司', {1}, '发票.pdf'
            FROM "DisbursementRequests" r
            WHERE r."FiledBy" = '{{FiledBy}}' AND r."Id" % 4 <> 0
              AND NOT EXISTS (SELECT 1 FROM "Invoices" i WHERE i."RequestId" = r."Id")
            """, DateOnly.FromDateTime(now.UtcDateTime), Sha);
        await transaction.CommitAsync(ct);
        if (postgres)
        {
            await Step("VACUUM ANALYZE", "VACUUM ANALYZE");
        }
    }

    /// <summary>
    /// <paramref name="count"/> submitted requests of ¥100.00 to ¥999.99 from donations or residents' cash, filed by
    /// accountant1, spread in turn over the projects <paramref name="projectIds"/> (contiguous ids, one township).
    /// </summary>
    public static async Task BuildSubmittedAsync(GrantsDbContext db, IReadOnlyList<int> projectIds, int townshipId, int count, CancellationToken ct)
    {
        if (projectIds[^1] - projectIds[0] + 1 != projectIds.Count)
        {
            throw new InvalidOperationException("The bench projects' ids are not contiguous; the fixture spreads requests over an id range.");
        }

        var postgres = !db.Database.IsSqlite();
        var now = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        // Built from numbers and constants only; the one value is the parameter {0}.
        var sql = $$"""
            {{Series(postgres, 1, count)}}, r AS (SELECT i FROM s)
            INSERT INTO "DisbursementRequests" ("ProjectId", "TownshipId", "Token", "Status", "FiledBy", "FiledAt", "SubmittedAt", "Round",
                "Amount", "Source", "PayeeName", "PayeeBank", "PayeeAccount", "Purpose", "Handler", "Witness", "Method", "Version", "DuplicateInvoiceAttempts")
            SELECT {{projectIds[0]}} + r.i % {{projectIds.Count}}, {{townshipId}}, {{Token(postgres, "a")}}, {{(int)RequestStatus.Submitted}}, 'accountant1',
                {{Ago(postgres, "2", "0")}}, {{Ago(postgres, "1", "r.i % 1440")}}, 1, 10000 + r.i * 7919 % 90000, {{(int)CashSource.Donations}} + r.i % 2,
                '收款人' || r.i, '农业银行', '6228480012345678', '基准测试', '张三', '李四', {{(int)PaymentMethod.BankTransfer}}, 1, 0
            FROM r
            """;
        var rows = await db.Database.ExecuteSqlRawAsync(sql, [postgres ? now : now.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture)], ct);
        BenchReport.Phase($"  submitted requests: {rows:N0} rows in {watch.Elapsed.TotalSeconds:0.0} s");
        if (postgres)
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM ANALYZE", ct);
        }
    }

    private static string Series(bool postgres, long from, long to) => postgres
        ? $"WITH s(i) AS (SELECT generate_series({from}::bigint, {to}::bigint))"
        : $"WITH RECURSIVE s(i) AS (SELECT {from} UNION ALL SELECT i + 1 FROM s WHERE i < {to})";

    /// <summary>A unique token per row number r.i; the prefix keeps each fixture's tokens apart.</summary>
    private static string Token(bool postgres, string prefix) => postgres
        ? $"('{prefix}0000000-0000-4000-8000-' || lpad(r.i::text, 12, '0'))::uuid"
        : $"printf('{prefix.ToUpperInvariant()}0000000-0000-4000-8000-%012d', r.i)";

    /// <summary>The time parameter {0} less some days and minutes (SQL expressions); SQLite's text as EF writes a UTC DateTimeOffset.</summary>
    private static string Ago(bool postgres, string days, string minutes) => postgres
        ? $"{{0}}::timestamptz - ({days}) * interval '1 day' - ({minutes}) * interval '1 minute'"
        : $"strftime('%Y-%m-%d %H:%M:%S', {{0}}, '-' || ({days}) || ' days', '-' || ({minutes}) || ' minutes') || '+00:00'";

    private const string Sha = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    /// <summary>Of every twenty: two submitted, one awaiting the second approval, one draft, one returned, one rejected, two approved, twelve paid.</summary>
    private static string Status => $"""
        CASE s.i % 20 WHEN 0 THEN {(int)RequestStatus.Submitted} WHEN 1 THEN {(int)RequestStatus.Submitted}
            WHEN 2 THEN {(int)RequestStatus.FirstApproved} WHEN 3 THEN {(int)RequestStatus.Draft} WHEN 4 THEN {(int)RequestStatus.Returned}
            WHEN 5 THEN {(int)RequestStatus.Rejected} WHEN 6 THEN {(int)RequestStatus.Approved} WHEN 7 THEN {(int)RequestStatus.Approved}
            ELSE {(int)RequestStatus.Paid} END
        """;
}

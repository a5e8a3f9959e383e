using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Grants.Domain.Audit;
using Grants.Infrastructure;
using Grants.Infrastructure.Audit;
using Grants.Infrastructure.Data;
using Grants.Web.Cli;
using Grants.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>
/// The auditor's searches on a long trail: N records (default 5,000,000) built by <see cref="AuditFixture"/>, then the
/// searches the audit page makes — by user and month, by entity, by entity type, by action, first pages and deep pages —
/// each run many times through the page's own <see cref="AuditSearchQuery"/>. The baseline, measured in the same run,
/// is the cheapest read of one page: 51 records by primary-key range in plain SQL. Then verify over the whole trail,
/// against one plain read of every record.
/// </summary>
internal static class AuditBench
{
    private const int Runs = 200;

    public static async Task<BenchSection> RunAsync(long records, string? postgresServer, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(postgresServer, ct);
        var engine = database.Engine;
        using var host = CliServices.Build(database.HostArgs);
        BenchReport.Phase($"audit/{engine}: migrating, then {records:N0} audit records");
        var history = await host.InScope(async sp =>
        {
            await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var db = sp.GetRequiredService<GrantsDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            var filled = await AuditFixture.FillAsync(db, records, ct);
            await db.Database.ExecuteSqlRawAsync(engine == "postgres" ? "VACUUM ANALYZE \"AuditRecords\"" : "ANALYZE", ct);
            return filled;
        });
        BenchReport.Phase($"audit/{engine}: filled in {history.Fill.TotalSeconds:0} s; searching, {Runs} runs of each");

        var random = new Random(7);
        var measures = new List<(string Label, List<double> Ms)>();
        await host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<GrantsDbContext>();
            var search = new AuditSearchQuery(db);
            measures.Add(("baseline: 51 records by key range (SQL)", await TimeAsync(() => PageByKeyAsync(db, Deep(random, history), ct))));
            foreach (var (label, filter) in Searches(history))
            {
                measures.Add((label, await TimeAsync(() => search.SearchAsync(filter(random), ct))));
            }

            return 0;
        });

        BenchReport.Phase($"audit/{engine}: verify over the whole trail, and one plain read of it");
        var (scan, verify, outcome) = await host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<GrantsDbContext>();
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            var plain = await ScanAsync(db, ct);
            var watch = Stopwatch.StartNew();
            var result = await new AuditVerifier(db).VerifyAsync(null, null, ct);
            return (plain, watch.Elapsed, result.IsOk ? "OK" : "BROKEN: " + VerifyCommand.Describe(result.Discrepancy!));
        });
        return Report(engine, records, history, measures, scan, verify, outcome);
    }

    private static IEnumerable<(string Label, Func<Random, AuditFilter> Filter)> Searches(AuditHistory h)
    {
        var firstDay = ChinaTime.DateOf(h.From).AddDays(1);
        DateOnly Month(Random r) => firstDay.AddDays(r.Next(700));
        string User(Random r) => AuditFixture.User(r.Next(h.Users));
        yield return ("user + month, first page", r => { var from = Month(r); return new AuditFilter { User = User(r), From = from, To = from.AddDays(30) }; });
        yield return ("user + month, deep page", r => { var from = Month(r); return new AuditFilter { User = User(r), From = from, To = from.AddDays(30), Before = Inside(r, h, from) }; });
        yield return ("entity type + id", r => new AuditFilter { EntityType = AuditFixture.Type(r.Next(AuditFixture.TypeCount)), EntityId = Id(r) });
        yield return ("entity type, first page", r => new AuditFilter { EntityType = AuditFixture.Type(r.Next(AuditFixture.TypeCount)) });
        yield return ("entity type, deep page", r => new AuditFilter { EntityType = AuditFixture.Type(r.Next(AuditFixture.TypeCount)), Before = Deep(r, h) });
        yield return ("action (sign-in failed), first page", _ => new AuditFilter { Action = AuditActions.SignInFailed });
        yield return ("action (deleted), deep page", r => new AuditFilter { Action = AuditActions.Deleted, Before = Deep(r, h) });
        yield return ("month only, deep page", r => { var from = Month(r); return new AuditFilter { From = from, To = from.AddDays(30), Before = Inside(r, h, from) }; });
        yield return ("no filter, deep page", r => new AuditFilter { Before = Deep(r, h) });
    }

    private static string Id(Random r) => r.Next(1, 200_001).ToString(CultureInfo.InvariantCulture);

    private static long Deep(Random r, AuditHistory h) => h.First + r.NextInt64(h.Last - h.First);

    /// <summary>A Sequence about halfway into the month from <paramref name="from"/>: the records are spread evenly in time.</summary>
    private static long Inside(Random r, AuditHistory h, DateOnly from)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ChinaTime.Offset) + TimeSpan.FromDays(5 + r.Next(20));
        var share = (start - h.From) / (h.To - h.From);
        return h.First + (long)(Math.Clamp(share, 0, 1) * (h.Last - h.First));
    }

    private static async Task<List<double>> TimeAsync<T>(Func<Task<T>> run)
    {
        for (var i = 0; i < 10; i++)
        {
            await run(); // warm-up: plans cached, pages in memory
        }

        var times = new List<double>(Runs);
        for (var i = 0; i < Runs; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times.Add(watch.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        return times;
    }

    private static async Task<int> PageByKeyAsync(GrantsDbContext db, long before, CancellationToken ct)
    {
        var rows = 0;
        await ReadAsync(db, $"""SELECT "Sequence", "At", "Actor", "Address", "Operation", "Action", "EntityType", "EntityId", "Changes" FROM "AuditRecords" WHERE "Sequence" < {before} ORDER BY "Sequence" DESC LIMIT 51""",
            _ => rows++, ct);
        return rows;
    }

    private static async Task<TimeSpan> ScanAsync(GrantsDbContext db, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var values = new object[11];
        await ReadAsync(db, """SELECT "Sequence", "At", "Actor", "Address", "Operation", "Action", "EntityType", "EntityId", "Changes", "PreviousHash", "Hash" FROM "AuditRecords" ORDER BY "Sequence" """,
            reader => reader.GetValues(values), ct);
        return watch.Elapsed;
    }

    private static async Task ReadAsync(GrantsDbContext db, string sql, Action<DbDataReader> row, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.CommandTimeout = 3600;
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                row(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static BenchSection Report(
        string engine, long records, AuditHistory history, List<(string Label, List<double> Ms)> measures, TimeSpan scan, TimeSpan verify, string outcome)
    {
        var baseP95 = BenchTable.Percentile(measures[0].Ms, 95);
        var rows = measures.Select(m => (IReadOnlyList<string>)
        [
            m.Label, BenchTable.Number(BenchTable.Percentile(m.Ms, 50), 2), BenchTable.Number(BenchTable.Percentile(m.Ms, 95), 2),
            BenchTable.Number(m.Ms[^1], 2), BenchTable.Number(BenchTable.Percentile(m.Ms, 95) / baseP95, 1),
        ]).ToList();
        var searches = measures.Skip(1).ToList();
        var all = searches.SelectMany(m => m.Ms).Order().ToList();
        rows.Add(["all searches", BenchTable.Number(BenchTable.Percentile(all, 50), 2), BenchTable.Number(BenchTable.Percentile(all, 95), 2), BenchTable.Number(all[^1], 2),
            BenchTable.Number(BenchTable.Percentile(all, 95) / baseP95, 1)]);
        rows.Add(["verify (whole trail, s)", "", BenchTable.Number(verify.TotalSeconds, 1), "", BenchTable.Number(verify / scan, 1) + "× scan"]);
        rows.Add(["plain read of every record, every column (s)", "", BenchTable.Number(scan.TotalSeconds, 1), "", ""]);
        var table = BenchTable.Render(["measure", "p50 ms", "p95 ms", "max ms", "p95 ÷ baseline"], rows);
        var worst = searches.OrderByDescending(m => BenchTable.Percentile(m.Ms, 95)).First();
        var text = $"Audit-trail search over {records:N0} records: p95 of all searches {BenchTable.Percentile(all, 95):0.0} ms " +
            $"({BenchTable.Percentile(all, 95) / baseP95:0.#}× reading one page by key); the slowest, {worst.Label}, p95 {BenchTable.Percentile(worst.Ms, 95):0.0} ms. " +
            $"Verify read and hashed the whole trail in {verify.TotalSeconds:0.0} s ({records / verify.TotalSeconds:N0} records/s, {verify / scan:0.#}× one plain read): **{outcome}**. " +
            $"Filling took {history.Fill.TotalSeconds:0} s.";
        return new BenchSection("audit", engine,
            $"{records:N0} synthetic records over two years ({history.Users} users, {AuditFixture.TypeCount} entity types) chained after the real tail, " +
            $"written by {(engine == "postgres" ? "binary COPY" : "prepared 100-row INSERTs in one transaction")} with the secondary indexes built after, " +
            $"then {(engine == "postgres" ? "VACUUM ANALYZE" : "ANALYZE")}; " +
            $"{Runs} runs of each search (after 10 warm-up runs) through AuditSearchQuery, random parameters, one connection", table, text);
    }
}

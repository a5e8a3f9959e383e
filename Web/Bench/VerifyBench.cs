using System.Diagnostics;
using System.Globalization;
using Grants.Domain;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Ledger;
using Grants.Web.Cli;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>
/// How long proving the books takes on a large journal: the verifier over N entries (2N lines), three runs, against
/// the cheapest full pass over the same lines — one COUNT and two SUMs — run as often. The ratio says how many plain
/// passes over the lines a verify costs.
/// </summary>
internal static class VerifyBench
{
    private const int Runs = 3;
    private const int Projects = 100;

    public static async Task<BenchSection> RunAsync(long entries, string? postgresServer, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(postgresServer, ct);
        var engine = database.Engine;
        BenchReport.Phase($"verify/{engine}: seeding the demo county, then a pool and {Projects} projects");
        await BenchFunds.SeedDemoAsync(database, ct);
        var pool = await BenchFunds.CreatePoolAsync(database, Money.Zero, Projects, ct);

        using var host = CliServices.Build(database.HostArgs);
        BenchReport.Phase($"verify/{engine}: building {entries:N0} journal entries ({2 * entries:N0} lines)");
        var build = Stopwatch.StartNew();
        await host.InScope(async sp =>
        {
            await JournalFixture.BuildAsync(sp.GetRequiredService<GrantsDbContext>(), pool, entries, ct);
            return 0;
        });
        build.Stop();

        var baseline = new List<TimeSpan>();
        var verify = new List<TimeSpan>();
        LedgerVerification? result = null;
        for (var run = 1; run <= Runs; run++)
        {
            BenchReport.Phase($"verify/{engine}: run {run} of {Runs}: COUNT + SUM over the lines, then the verifier");
            baseline.Add(await host.InScope(sp => CountAndSumAsync(sp.GetRequiredService<GrantsDbContext>(), ct)));
            (result, var elapsed) = await host.InScope(async sp =>
            {
                var db = sp.GetRequiredService<GrantsDbContext>();
                // The bench wants the figure even where it is slower than the 30 s a command may take by default.
                db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
                var watch = Stopwatch.StartNew();
                var verified = await sp.GetRequiredService<LedgerVerifier>().VerifyAsync(null, ct);
                return (verified, watch.Elapsed);
            });
            verify.Add(elapsed);
            BenchReport.Phase($"  baseline {baseline[^1].TotalSeconds:0.00} s, verify {elapsed.TotalSeconds:0.00} s: {BenchFunds.Outcome(result)}");
        }

        return Report(engine, entries, build.Elapsed, baseline, verify, result!);
    }

    /// <summary>The cheapest question that must read every line: how many, and what they add up to.</summary>
    private static async Task<TimeSpan> CountAndSumAsync(GrantsDbContext db, CancellationToken ct)
    {
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """SELECT COUNT(*), SUM("Debit"), SUM("Credit") FROM "JournalLines" """;
            command.CommandTimeout = 3600;
            var watch = Stopwatch.StartNew();
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var debits = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            var credits = Convert.ToInt64(reader.GetValue(2), CultureInfo.InvariantCulture);
            watch.Stop();
            return debits == credits ? watch.Elapsed : throw new InvalidOperationException("The fixture's debits and credits differ.");
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static BenchSection Report(string engine, long entries, TimeSpan build, List<TimeSpan> baseline, List<TimeSpan> verify, LedgerVerification result)
    {
        var lines = result.Counts.Lines;
        var baseMedian = Median(baseline);
        IReadOnlyList<string> Row(string label, List<TimeSpan> runs)
        {
            var median = Median(runs);
            return
            [
                label, lines.ToString("N0", CultureInfo.InvariantCulture),
                .. runs.Select(r => BenchTable.Number(r.TotalSeconds, 2)),
                BenchTable.Number(runs.Min().TotalSeconds, 2), BenchTable.Number(median.TotalSeconds, 2),
                BenchTable.Number(lines / median.TotalSeconds, 0), BenchTable.Number(median / baseMedian, 1),
            ];
        }

        var table = BenchTable.Render(
            ["measure", "lines", .. Enumerable.Range(1, Runs).Select(r => $"run {r} s"), "min s", "median s", "lines/s", "median ÷ baseline"],
            [Row("COUNT + SUM of lines (baseline)", baseline), Row("LedgerVerifier", verify)]);
        var c = result.Counts;
        var text = $"Verify over {c.Entries:N0} entries and {c.Lines:N0} lines ({c.Accounts:N0} accounts, {c.Pools} pools, {c.Projects} projects): " +
            $"**{BenchFunds.Outcome(result)}**, median {Median(verify).TotalSeconds:0.00} s, {Median(verify) / baseMedian:0.#}× one COUNT + SUM pass over the same lines. " +
            $"Building the fixture took {build.TotalSeconds:0} s.";
        return new BenchSection("verify", engine,
            $"{entries:N0} bench entries ({entries / 2:N0} receipts into one pool, {entries - entries / 2:N0} allocations to {Projects} projects) on top of the demo county's, " +
            $"built by INSERT … SELECT in one transaction{(engine == "postgres" ? " then VACUUM ANALYZE" : "")}; {Runs} runs of each measure, each in a fresh scope",
            table, text);
    }

    private static TimeSpan Median(List<TimeSpan> runs) => runs.Order().ElementAt(runs.Count / 2);
}

using System.Diagnostics;
using System.Globalization;
using Grants.Domain;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Seeding;
using Grants.Web.Cli;
using Grants.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>
/// Money movements under contention: K signed-in clerks post the allocation form against ONE pool at once, each to
/// a project of its own, so every post queues on the pool's row lock (SQLite: on the one writer). The baseline is
/// the same clients asking for /health for as long. Afterwards the verifier must still find the books balanced.
/// </summary>
internal static class AllocationsBench
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private const string Amount = "1.00";
    private const string Health = "/health";
    private const string Clerk = "clerk";

    public static async Task<BenchSection> RunAsync(int clients, TimeSpan duration, string? postgresServer, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(postgresServer, ct);
        var engine = database.Engine;
        BenchReport.Phase($"allocations/{engine}: seeding the demo county, then a pool with one large receipt and {clients} projects");
        await BenchFunds.SeedDemoAsync(database, ct);
        var pool = await BenchFunds.CreatePoolAsync(database, Money.FromFen(100_000_000_00), clients, ct);

        BenchReport.Phase($"allocations/{engine}: starting the web app");
        var app = GrantsHost.BuildWeb(
            [.. database.HostArgs, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], HostRole.All, AppContext.BaseDirectory);
        Measured health, allocations;
        int warmUpCommitted;
        await using (app)
        {
            await app.StartAsync(ct);
            var baseAddress = new Uri(app.Urls.First());
            BenchReport.Phase($"allocations/{engine}: signing in {clients} clients as {Clerk} at {baseAddress}");
            var team = new List<(BenchClient Client, Dictionary<string, string> Form)>();
            try
            {
                var url = $"/pools/allocate/{pool.PoolId}";
                for (var i = 0; i < clients; i++)
                {
                    var client = new BenchClient(baseAddress);
                    team.Add((client, []));
                    await client.SignInAsync(Clerk, DemoUsers.Password, ct);
                    team[i] = (client, Form(pool, pool.ProjectIds[i], await client.FormTokenAsync(url, ct)));
                }

                BenchReport.Phase($"allocations/{engine}: warm-up, {WarmUp.TotalSeconds:0} s of both (not counted)");
                await Task.WhenAll(team.Select(t => t.Client.LoopAsync([(Health, Health)], WarmUp, ct)));
                var warm = await MeasureAsync(team, t => PostLoopAsync(t.Client, url, t.Form, WarmUp, ct));
                warmUpCommitted = warm.Samples.Statuses.GetValueOrDefault(302);

                BenchReport.Phase($"allocations/{engine}: baseline {Health}, {clients} clients for {duration.TotalSeconds:0} s");
                health = await MeasureAsync(team, async t => (await t.Client.LoopAsync([(Health, Health)], duration, ct))[Health]);
                BenchReport.Phase($"allocations/{engine}: POST {url}, {clients} clients for {duration.TotalSeconds:0} s");
                allocations = await MeasureAsync(team, t => PostLoopAsync(t.Client, url, t.Form, duration, ct));
                await app.StopAsync(ct);
            }
            finally
            {
                team.ForEach(t => t.Client.Dispose());
            }
        }

        BenchReport.Phase($"allocations/{engine}: counting what was committed and verifying the ledger");
        var stored = await StoredAllocationsAsync(database, pool, ct);
        var (verification, verifyTime) = await BenchFunds.VerifyAsync(database, ct);
        var expected = warmUpCommitted + allocations.Samples.Statuses.GetValueOrDefault(302);
        return Report(engine, clients, duration, health, allocations, new Check(expected, stored, BenchFunds.Outcome(verification), verifyTime));
    }

    private static Dictionary<string, string> Form(BenchPool pool, int projectId, string token) => new()
    {
        ["ProjectId"] = projectId.ToString(CultureInfo.InvariantCulture),
        ["Amount"] = Amount,
        ["AllocatedOn"] = $"{pool.FiscalYear}-06-01",
        ["Purpose"] = "基准测试 bench allocation",
        ["__RequestVerificationToken"] = token,
    };

    /// <summary>Posts until the time is up, at least once. 302 = committed (the page redirects to the pool), 200 = refused (form re-shown).</summary>
    private static async Task<PageSamples> PostLoopAsync(BenchClient client, string url, Dictionary<string, string> form, TimeSpan duration, CancellationToken ct)
    {
        var samples = new PageSamples();
        var clock = Stopwatch.StartNew();
        do
        {
            var (ms, status, _) = await client.PostFormAsync(url, form, ct);
            samples.Add(ms, status);
        }
        while (clock.Elapsed < duration);

        return samples;
    }

    private sealed record Measured(PageSamples Samples, TimeSpan Elapsed)
    {
        public List<double> Sorted => [.. Samples.Milliseconds.Order()];

        public double PerSecond(int status) => Samples.Statuses.GetValueOrDefault(status) / Elapsed.TotalSeconds;
    }

    private sealed record Check(int Expected, (int Count, Money Allocated, int ProjectsFunded) Stored, string Ledger, TimeSpan VerifyTime);

    private static async Task<Measured> MeasureAsync<T>(List<T> team, Func<T, Task<PageSamples>> work)
    {
        var clock = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(team.Select(work));
        clock.Stop();
        var all = new PageSamples();
        foreach (var samples in perClient)
        {
            all.Merge(samples);
        }

        return new Measured(all, clock.Elapsed);
    }

    private static async Task<(int Count, Money Allocated, int ProjectsFunded)> StoredAllocationsAsync(BenchDatabase database, BenchPool pool, CancellationToken ct)
    {
        using var host = CliServices.Build(database.HostArgs);
        return await host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<GrantsDbContext>();
            var count = await db.PoolAllocations.CountAsync(a => a.PoolId == pool.PoolId, ct);
            var allocated = await db.Pools.Where(p => p.Id == pool.PoolId).Select(p => p.Allocated).SingleAsync(ct);
            var funded = await db.Projects.CountAsync(p => pool.ProjectIds.Contains(p.Id) && p.Version > 0, ct);
            return (count, allocated, funded);
        });
    }

    private static BenchSection Report(string engine, int clients, TimeSpan duration, Measured health, Measured allocations, Check check)
    {
        var floor = BenchTable.Percentile(health.Sorted, 50);
        IReadOnlyList<string> Row(string label, Measured m, string outcomes)
        {
            var sorted = m.Sorted;
            var p50 = BenchTable.Percentile(sorted, 50);
            return
            [
                label, sorted.Count.ToString(CultureInfo.InvariantCulture), BenchTable.Number(sorted.Count / m.Elapsed.TotalSeconds),
                BenchTable.Number(p50, 2), BenchTable.Number(BenchTable.Percentile(sorted, 95), 2), BenchTable.Number(BenchTable.Percentile(sorted, 99), 2),
                BenchTable.Number(p50 / floor), outcomes,
            ];
        }

        var committed = allocations.Samples.Statuses.GetValueOrDefault(302);
        var refused = allocations.Samples.Statuses.GetValueOrDefault(200);
        var errors = allocations.Samples.Statuses.Where(s => s.Key is not (302 or 200)).Sum(s => s.Value);
        var table = BenchTable.Render(
            ["request", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "p50 ÷ /health", "outcome×count"],
            [
                Row($"GET {Health} (baseline)", health, string.Join(" ", health.Samples.Statuses.Select(s => $"{s.Key}×{s.Value}"))),
                Row("POST /pools/allocate/{id}", allocations, $"committed×{committed} refused×{refused} error×{errors}"),
            ]);

        var stored = check.Stored;
        var agrees = stored.Count == check.Expected && stored.Allocated == Money.FromFen(100L * stored.Count);
        var text = $"{committed:N0} allocations committed in {allocations.Elapsed.TotalSeconds:0.0} s: " +
            $"{allocations.PerSecond(302):0.0} allocations/s against one pool, {allocations.PerSecond(302) / (health.Samples.Milliseconds.Count / health.Elapsed.TotalSeconds):0.###}× " +
            $"the /health request rate of the same clients; {refused:N0} refused, {errors:N0} errors. " +
            $"The database holds {stored.Count:N0} allocations of the pool (warm-up included; {check.Expected:N0} answered as committed), " +
            $"pool allocated {stored.Allocated}, {stored.ProjectsFunded} of {clients} projects funded — {(agrees ? "every committed post and nothing else" : "MISMATCH with the answers")}. " +
            $"Ledger after the run: **{check.Ledger}** (verify took {check.VerifyTime.TotalSeconds:0.00} s).";
        return new BenchSection("allocations", engine,
            $"{clients} clients signed in as {Clerk}, one pool, one project per client, ¥{Amount} per allocation, {duration.TotalSeconds:0} s per phase (/health, then allocations), in-process server on loopback",
            table, text);
    }
}

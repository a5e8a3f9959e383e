using System.Diagnostics;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Seeding;
using Grants.Web.Cli;
using Grants.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>
/// The review queue under load: K signed-in clerks loop over its views (own queue, a later page, sorted by amount, one
/// township, one flag, a payee search, every status by township). Measured first with 100 requests in the database —
/// the baseline, same pages, same run — then again after the fixture has grown it to 100,000, so the ratio of the two
/// p95s is what the data volume costs. A static file at the same concurrency is the floor.
/// </summary>
internal static class QueueBench
{
    public const int Small = 100;
    public const int Large = 100_000;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly (string Label, string Url) StaticFile = ("/css/site.css", "/css/site.css");

    public static async Task<BenchSection> RunAsync(int clients, TimeSpan duration, string? postgresServer, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(postgresServer, ct);
        var engine = database.Engine;
        BenchReport.Phase($"queue/{engine}: seeding the demo county, then {Small} requests");
        await BenchFunds.SeedDemoAsync(database, ct);
        var townshipId = await BuildAsync(database, 1, Small, ct);

        BenchReport.Phase($"queue/{engine}: starting the web app");
        var app = GrantsHost.BuildWeb(
            [.. database.HostArgs, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], HostRole.All, AppContext.BaseDirectory);
        await using (app)
        {
            await app.StartAsync(ct);
            var team = new List<BenchClient>();
            try
            {
                for (var i = 0; i < clients; i++)
                {
                    team.Add(new BenchClient(new Uri(app.Urls.First())));
                    await team[^1].SignInAsync("clerk", DemoUsers.Password, ct);
                }

                var pages = Pages(townshipId);
                BenchReport.Phase($"queue/{engine}: warm-up, {WarmUp.TotalSeconds:0} s (not counted)");
                await Task.WhenAll(team.Select(c => c.LoopAsync([StaticFile, .. pages], WarmUp, ct)));
                var floor = await MeasureAsync($"queue/{engine}: static file", team, [StaticFile], duration, ct);
                var small = await MeasureAsync($"queue/{engine}: {Small:N0} requests", team, pages, duration, ct);

                BenchReport.Phase($"queue/{engine}: growing the requests to {Large:N0}");
                var build = Stopwatch.StartNew();
                await BuildAsync(database, Small + 1, Large, ct);
                build.Stop();
                await Task.WhenAll(team.Select(c => c.LoopAsync(pages, WarmUp, ct)));
                var large = await MeasureAsync($"queue/{engine}: {Large:N0} requests", team, pages, duration, ct);
                await app.StopAsync(ct);
                return Report(engine, clients, duration, floor, small, large, build.Elapsed);
            }
            finally
            {
                team.ForEach(c => c.Dispose());
            }
        }
    }

    private static (string Label, string Url)[] Pages(int townshipId) =>
    [
        ("own queue", "/reviewqueue"),
        ("page 5", "/reviewqueue?page=5"),
        ("by amount ▼", "/reviewqueue?sort=amount&desc=true"),
        ("one township", $"/reviewqueue?townshipId={townshipId}"),
        ("flag: near limit", "/reviewqueue?flag=NearLimit"),
        ("payee search", "/reviewqueue?q=%E6%94%B6%E6%AC%BE%E4%BA%BA120"),
        ("all statuses by township", "/reviewqueue?status=all&sort=township&page=3"),
    ];

    /// <summary>Adds the fixture's requests from..to; returns the township of the third demo township code, for the filter.</summary>
    private static async Task<int> BuildAsync(BenchDatabase database, long from, long to, CancellationToken ct)
    {
        using var host = CliServices.Build(database.HostArgs);
        return await host.InScope(async sp =>
        {
            var db = sp.GetRequiredService<GrantsDbContext>();
            await RequestFixture.BuildAsync(db, from, to, ct);
            return await db.Townships.Where(t => t.Code == "T03").Select(t => t.Id).SingleAsync(ct);
        });
    }

    private sealed record Phase(Dictionary<string, PageSamples> Pages, TimeSpan Elapsed);

    private static async Task<Phase> MeasureAsync(string name, List<BenchClient> team, IReadOnlyList<(string Label, string Url)> pages, TimeSpan duration, CancellationToken ct)
    {
        BenchReport.Phase($"{name}, {team.Count} clients for {duration.TotalSeconds:0} s");
        var clock = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(team.Select(c => c.LoopAsync(pages, duration, ct)));
        clock.Stop();
        var merged = pages.ToDictionary(p => p.Label, _ => new PageSamples());
        foreach (var (label, samples) in perClient.SelectMany(d => d))
        {
            merged[label].Merge(samples);
        }

        return new Phase(merged, clock.Elapsed);
    }

    private static BenchSection Report(string engine, int clients, TimeSpan duration, Phase floor, Phase small, Phase large, TimeSpan build)
    {
        static List<double> Sorted(PageSamples s) => [.. s.Milliseconds.Order()];
        static string Statuses(PageSamples s) => string.Join(" ", s.Statuses.Select(x => $"{x.Key}×{x.Value}"));
        var floorP50 = BenchTable.Percentile(Sorted(floor.Pages.Values.Single()), 50);
        var rows = new List<IReadOnlyList<string>>();
        var staticSorted = Sorted(floor.Pages.Values.Single());
        rows.Add(["static file (floor)", staticSorted.Count.ToString("N0", null), "-", BenchTable.Number(BenchTable.Percentile(staticSorted, 95), 2), "-",
            BenchTable.Number(floorP50, 2), "-", Statuses(floor.Pages.Values.Single())]);
        foreach (var label in large.Pages.Keys)
        {
            var (s, l) = (Sorted(small.Pages[label]), Sorted(large.Pages[label]));
            var (p95Small, p95Large) = (BenchTable.Percentile(s, 95), BenchTable.Percentile(l, 95));
            rows.Add([label, l.Count.ToString("N0", null), BenchTable.Number(p95Small, 2), BenchTable.Number(p95Large, 2), BenchTable.Number(p95Large / p95Small),
                BenchTable.Number(BenchTable.Percentile(l, 50), 2), BenchTable.Number(BenchTable.Percentile(l, 99), 2),
                Statuses(large.Pages[label])]);
        }

        var table = BenchTable.Render(
            ["page", $"requests at {Large / 1000}k", $"p95 ms at {Small}", $"p95 ms at {Large / 1000}k", "p95 ratio", "p50 ms", "p99 ms", "status×count"], rows);
        var all = large.Pages.Values.Aggregate(new PageSamples(), (a, s) => { a.Merge(s); return a; });
        var allSmall = small.Pages.Values.Aggregate(new PageSamples(), (a, s) => { a.Merge(s); return a; });
        var (p95All, p95AllSmall) = (BenchTable.Percentile(Sorted(all), 95), BenchTable.Percentile(Sorted(allSmall), 95));
        var errors = all.Statuses.Where(s => s.Key >= 400).Sum(s => s.Value);
        var slowest = large.Pages.Select(p => (p.Key, P95: BenchTable.Percentile(Sorted(p.Value), 95))).MaxBy(p => p.P95);
        var text = $"Over all views, the queue's p95 is **{p95All:0.0} ms with {Large:N0} requests** against {p95AllSmall:0.0} ms with {Small} " +
            $"({p95All / p95AllSmall:0.0}×), at {all.Milliseconds.Count / large.Elapsed.TotalSeconds:0} pages/s; the slowest view, {slowest.Key}, has a p95 of {slowest.P95:0.0} ms. " +
            $"A static file's p50 at the same concurrency is {floorP50:0.00} ms. {errors:N0} error responses. Growing the fixture to {Large:N0} took {build.TotalSeconds:0} s.";
        return new BenchSection("queue", engine,
            $"{clients} clients signed in as clerk, {duration.TotalSeconds:0} s per phase (static file; the queue's 7 views at {Small} requests, then at {Large:N0}), " +
            "requests built by INSERT … SELECT over the demo county's projects (a tenth submitted, a twentieth awaiting the second approval), in-process server on loopback",
            table, text);
    }
}

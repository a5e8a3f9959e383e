using Grants.Infrastructure.Data;
using Grants.Infrastructure.Seeding;
using Grants.Web.Cli;
using Grants.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Grants.Web.Bench;

/// <summary>
/// Page latency under concurrency: the real web app on a loopback port, K signed-in clients looping over a fixed
/// set of pages. The baseline (a static file and /health) runs first at the same concurrency, so a page's p50
/// reads as a multiple of what the server costs with no page logic at all.
/// </summary>
internal static class PagesBench
{
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);

    // Varied roles; from the third client on, township-scoped (accountant) queries are in the mix too.
    private static readonly string[] Roster = ["clerk", "auditor", "accountant1", "accountant2", "approver", "assessor", "admin"];

    public static async Task<BenchSection> RunAsync(int scale, int clients, TimeSpan duration, string? postgresServer, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(postgresServer, ct);
        BenchReport.Phase($"pages/{database.Engine}: seeding the demo county at scale {scale}");
        var detailIds = await SeedAsync(database, scale, ct);

        BenchReport.Phase($"pages/{database.Engine}: starting the web app");
        var app = GrantsHost.BuildWeb(
            [.. database.HostArgs, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], HostRole.All, AppContext.BaseDirectory);
        await using (app)
        {
            await app.StartAsync(ct);
            var baseAddress = new Uri(app.Urls.First());
            var users = Enumerable.Range(0, clients).Select(i => Roster[i % Roster.Length]).ToList();
            BenchReport.Phase($"pages/{database.Engine}: signing in {clients} clients ({string.Join(", ", users.Distinct())}) at {baseAddress}");
            var team = new List<BenchClient>();
            try
            {
                foreach (var user in users)
                {
                    var client = new BenchClient(baseAddress);
                    team.Add(client);
                    await client.SignInAsync(user, DemoUsers.Password, ct);
                }

                var pages = team.Select((_, i) => PagesFor(detailIds[users[i]])).ToList();
                BenchReport.Phase($"pages/{database.Engine}: warm-up, {WarmUp.TotalSeconds:0} s (not counted)");
                await Task.WhenAll(team.Select((c, i) => c.LoopAsync([StaticFile, Health, .. pages[i]], WarmUp, ct)));
                List<PhaseResult> phases =
                [
                    await MeasureAsync("baseline: static file", team, _ => [StaticFile], duration, ct),
                    await MeasureAsync("baseline: /health", team, _ => [Health], duration, ct),
                    await MeasureAsync("pages", team, i => pages[i], duration, ct),
                ];

                await app.StopAsync(ct);
                return Report(database.Engine, scale, clients, duration, phases);
            }
            finally
            {
                team.ForEach(c => c.Dispose());
            }
        }
    }

    private static readonly (string Label, string Url) StaticFile = ("/css/site.css", "/css/site.css");
    private static readonly (string Label, string Url) Health = ("/health", "/health");

    private static (string Label, string Url)[] PagesFor(int communityId) =>
    [
        ("/", "/"),
        ("/townships", "/townships"),
        ("/communities?page=2", "/communities?page=2"),
        ("/communities/details/{id}", $"/communities/details/{communityId}"),
    ];

    private sealed record PhaseResult(Dictionary<string, PageSamples> Pages, TimeSpan Elapsed);

    private static async Task<PhaseResult> MeasureAsync(
        string name, List<BenchClient> team, Func<int, IReadOnlyList<(string Label, string Url)>> pagesOf, TimeSpan duration, CancellationToken ct)
    {
        BenchReport.Phase($"pages: {name}, {team.Count} clients for {duration.TotalSeconds:0} s");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var perClient = await Task.WhenAll(team.Select((c, i) => c.LoopAsync(pagesOf(i), duration, ct)));
        clock.Stop();
        var merged = new Dictionary<string, PageSamples>();
        foreach (var (label, samples) in perClient.SelectMany(d => d))
        {
            if (!merged.TryGetValue(label, out var all))
            {
                merged[label] = all = new PageSamples();
            }

            all.Merge(samples);
        }

        return new PhaseResult(merged, clock.Elapsed);
    }

    /// <summary>Seeds, and picks for each demo user a community it may see (accountants: one of their own township's).</summary>
    private static async Task<Dictionary<string, int>> SeedAsync(BenchDatabase database, int scale, CancellationToken ct)
    {
        using var host = CliServices.Build(database.HostArgs);
        return await host.InScope(async sp =>
        {
            await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var progress = new ConsoleProgress("  seeding");
            await sp.GetRequiredService<DemoSeeder>().SeedAsync(scale, progress, ct);
            progress.Done();
            var db = sp.GetRequiredService<GrantsDbContext>();
            var ids = new Dictionary<string, int>();
            foreach (var demo in DemoUsers.All)
            {
                var township = demo.TownshipNumber is { } n ? $"T{n:00}" : "T07";
                ids[demo.UserName] = await db.Communities.AsNoTracking()
                    .Where(c => db.Townships.Any(t => t.Id == c.TownshipId && t.Code == township))
                    .OrderBy(c => c.Id).Select(c => c.Id).Skip(1).FirstAsync(ct);
            }

            return ids;
        });
    }

    /// <summary>The first two phases are the baseline; the first (a static file) is the floor the ratios divide by.</summary>
    private static BenchSection Report(string engine, int scale, int clients, TimeSpan duration, List<PhaseResult> phases)
    {
        var floor = BenchTable.Percentile(Sorted(phases[0].Pages.Values.Single()), 50);
        var rows = new List<IReadOnlyList<string>>();
        foreach (var (phase, label, samples) in phases.SelectMany(p => p.Pages.Select(x => (p, x.Key, x.Value))))
        {
            var sorted = Sorted(samples);
            var p50 = BenchTable.Percentile(sorted, 50);
            rows.Add(
            [
                phase == phases[^1] ? label : label + " (baseline)",
                sorted.Count.ToString(), BenchTable.Number(sorted.Count / phase.Elapsed.TotalSeconds),
                BenchTable.Number(p50, 2), BenchTable.Number(BenchTable.Percentile(sorted, 95), 2), BenchTable.Number(BenchTable.Percentile(sorted, 99), 2),
                BenchTable.Number(p50 / floor), string.Join(" ", samples.Statuses.Select(s => $"{s.Key}×{s.Value}")),
            ]);
        }

        var table = BenchTable.Render(["page", "requests", "req/s", "p50 ms", "p95 ms", "p99 ms", "p50 ÷ static", "status×count"], rows);
        return new BenchSection("pages", engine, $"scale {scale}, {clients} clients, {duration.TotalSeconds:0} s per phase (static file, /health, pages), in-process server on loopback",
            table, Interpret(phases[^1].Pages, floor));
    }

    private static string Interpret(Dictionary<string, PageSamples> pages, double floor)
    {
        var served = pages.Where(p => p.Value.Statuses.Keys.All(s => s < 400)).ToList();
        var missing = pages.Keys.Except(served.Select(p => p.Key)).ToList();
        var slowest = served.Select(p => (p.Key, P50: BenchTable.Percentile(Sorted(p.Value), 50))).OrderByDescending(p => p.P50).FirstOrDefault();
        var text = slowest.Key is null
            ? "No page answered without errors."
            : $"The slowest page, {slowest.Key}, has a p50 of {slowest.P50:0.0} ms, {slowest.P50 / floor:0.#}× a static file at the same concurrency.";
        return missing.Count == 0 ? text : $"{text} Not measured (error statuses): {string.Join(", ", missing)}.";
    }

    private static List<double> Sorted(PageSamples samples) => [.. samples.Milliseconds.Order()];
}

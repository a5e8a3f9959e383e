using System.Diagnostics;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Seeding;
using Grants.Web.Cli;

namespace Grants.Web.Bench;

/// <summary>
/// How seeding grows with the county: the demo county at scale 1 and at scale N, each into a fresh database.
/// A time ratio near N means the seeder is linear in the rows it writes.
/// </summary>
internal static class SeedBench
{
    private sealed record Run(int Scale, SeedResult Seeded, TimeSpan Elapsed)
    {
        public int Rows => Seeded.Townships + Seeded.Communities + Seeded.Units;
    }

    /// <param name="postgresServer">When given, PostgreSQL is measured after SQLite.</param>
    public static async Task<IReadOnlyList<BenchSection>> RunAsync(int scale, string? postgresServer, CancellationToken ct)
    {
        var sections = new List<BenchSection> { await MeasureAsync(scale, null, ct) };
        if (postgresServer is not null)
        {
            sections.Add(await MeasureAsync(scale, postgresServer, ct));
        }

        return sections;
    }

    private static async Task<BenchSection> MeasureAsync(int scale, string? postgresServer, CancellationToken ct)
    {
        var engine = postgresServer is null ? "sqlite" : "postgres";
        // The first seed in a process also pays for JIT and building the EF model; it is not counted.
        BenchReport.Phase($"seed/{engine}: warm-up at scale 1 (not counted)");
        await SeedAsync(1, postgresServer, ct);
        BenchReport.Phase($"seed/{engine}: scale 1");
        var baseline = await SeedAsync(1, postgresServer, ct);
        BenchReport.Phase($"seed/{engine}: scale {scale}");
        var large = await SeedAsync(scale, postgresServer, ct);

        var ratio = large.Elapsed / baseline.Elapsed;
        var rows = new[] { baseline, large }.Select(r => (IReadOnlyList<string>)
        [
            r.Scale.ToString(), r.Seeded.Townships.ToString(), r.Seeded.Communities.ToString(), r.Seeded.Units.ToString(),
            r.Rows.ToString(), BenchTable.Number(r.Elapsed.TotalSeconds, 2), BenchTable.Number(r.Rows / r.Elapsed.TotalSeconds, 0),
            BenchTable.Number(r.Elapsed / baseline.Elapsed, 2),
        ]).ToList();
        var table = BenchTable.Render(
            ["scale", "townships", "communities", "units", "rows", "seconds", "rows/s", "time ÷ scale 1"], rows);
        var rowRatio = large.Rows / (double)baseline.Rows;
        var perRow = (large.Elapsed - baseline.Elapsed).TotalMilliseconds / (large.Rows - baseline.Rows);
        var fixedSeconds = baseline.Elapsed.TotalSeconds - perRow * baseline.Rows / 1000;
        var shape = ratio > 1.25 * rowRatio ? "worse than linear" : ratio < 0.8 * rowRatio ? "less than linear" : "about linear";
        var interpretation = $"{rowRatio:0.#}× the rows took {ratio:0.##}× the time ({shape}): about {perRow:0.##} ms per row " +
            $"plus a fixed {fixedSeconds:0.#} s per seed (the 7 demo users with their password hashes, a new database's first statements).";
        return new BenchSection("seed", engine, $"scale 1 vs scale {scale}, fresh database each, seeding timed (migration not)", table, interpretation);
    }

    private static async Task<Run> SeedAsync(int scale, string? postgresServer, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(postgresServer, ct);
        using var host = CliServices.Build(database.HostArgs);
        return await host.InScope(async sp =>
        {
            await sp.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            var progress = new ConsoleProgress($"  seeding scale {scale}");
            var watch = Stopwatch.StartNew();
            var seeded = await sp.GetRequiredService<DemoSeeder>().SeedAsync(scale, progress, ct);
            watch.Stop();
            progress.Done();
            return new Run(scale, seeded, watch.Elapsed);
        });
    }
}

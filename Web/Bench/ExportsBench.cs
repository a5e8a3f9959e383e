using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Grants.Domain;
using Grants.Infrastructure.Data;
using Grants.Infrastructure.Exports;
using Grants.Infrastructure.Identity;
using Grants.Infrastructure.Ledger;
using Grants.Infrastructure.Seeding;
using Grants.Web.Cli;
using Grants.Web.Hosting;
using Microsoft.EntityFrameworkCore;
using SpreadCheetah;

namespace Grants.Web.Bench;

/// <summary>
/// Ledger exports of N journal lines through the real web app on a loopback port: the journal and the account ledger
/// downloaded at once (GET, the response read to its end), and the account ledger written by the background job
/// (POST, then polled until done). Against two baselines in the same run: SpreadCheetah writing the same number of
/// cells bare (no database, no HTTP), and the database read of the same lines through the scoped ledger with no
/// writer. Peak memory is the process's resident high-water mark (server and client share it), reset before each.
/// </summary>
internal static partial class ExportsBench
{
    private const int Runs = 3;
    private const int Projects = 100;

    public static async Task<BenchSection> RunAsync(long lines, string? postgresServer, CancellationToken ct)
    {
        await using var database = await BenchDatabase.CreateAsync(postgresServer, ct);
        var engine = database.Engine;
        BenchReport.Phase($"exports/{engine}: seeding the demo county, a pool and {Projects} projects, then {lines:N0} journal lines");
        await BenchFunds.SeedDemoAsync(database, ct);
        var pool = await BenchFunds.CreatePoolAsync(database, Money.Zero, Projects, ct);
        using (var cli = CliServices.Build(database.HostArgs))
        {
            await cli.InScope(async sp =>
            {
                await JournalFixture.BuildAsync(sp.GetRequiredService<GrantsDbContext>(), pool, lines / 2, ct);
                return 0;
            });
        }

        // The bench year holds the fixture's lines only: the demo county's are in other years.
        var (from, to) = (new DateOnly(pool.FiscalYear, 1, 1), new DateOnly(pool.FiscalYear, 12, 31));
        var period = $"from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
        var app = GrantsHost.BuildWeb(
            [.. database.HostArgs, "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", $"--Grants:Exports:DirectLines={int.MaxValue}"],
            HostRole.All, AppContext.BaseDirectory);
        await using (app)
        {
            await app.StartAsync(ct);
            using var client = new Client(new Uri(app.Urls.First()));
            await client.SignInAsync("auditor", DemoUsers.Password, ct);
            var selection = new LedgerSelection(ExportKind.AccountLedger, ExportFormat.Xlsx, from, to, new AccountFilter());
            var measures = new Dictionary<string, List<Measure>>();
            async Task Measure(string name, Func<Task<long>> work)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                PeakMemory.Reset();
                var resting = PeakMemory.Mb();
                var watch = Stopwatch.StartNew();
                var bytes = await work();
                var peak = PeakMemory.Mb();
                var m = new Measure(watch.Elapsed.TotalSeconds, peak, peak - resting, bytes / 1048576.0);
                (measures.TryGetValue(name, out var list) ? list : measures[name] = []).Add(m);
                BenchReport.Phase($"  {name}: {m.Seconds:0.00} s, peak {m.PeakMb:0} MB (+{m.GrowthMb:0})");
            }

            for (var run = 1; run <= Runs; run++)
            {
                BenchReport.Phase($"exports/{engine}: run {run} of {Runs}");
                await Measure("bare SpreadCheetah, journal cells", () => BareAsync(lines, 8, ct));
                await Measure("database read, journal order", () => ReadAsync(app.Services, selection, journal: true, lines / 2 * 2, ct));
                await Measure("web: journal xlsx (GET)", () => client.DownloadAsync($"/exports?run=true&what=Journal&format=Xlsx&{period}", ct));
                await Measure("bare SpreadCheetah, ledger cells", () => BareAsync(lines, 10, ct));
                await Measure("database read, ledger order", () => ReadAsync(app.Services, selection, journal: false, lines / 2 * 2, ct));
                await Measure("web: account ledger xlsx (GET)", () => client.DownloadAsync($"/exports?run=true&what=AccountLedger&format=Xlsx&{period}", ct));
                await Measure("job: account ledger xlsx (POST → done)", () => client.QueueAndWaitAsync(app.Services, period, ct));
            }

            await app.StopAsync(ct);
            return Report(engine, lines, measures);
        }
    }

    /// <summary>Growth: the peak less the resident set just before (after a full GC): what the measure itself added.</summary>
    private sealed record Measure(double Seconds, double PeakMb, double GrowthMb, double FileMb);

    private static BenchSection Report(string engine, long lines, Dictionary<string, List<Measure>> measures)
    {
        var rows = measures.Select(m => (IReadOnlyList<string>)
        [
            m.Key, BenchTable.Number(m.Value.Min(x => x.Seconds), 2), BenchTable.Number(m.Value.Average(x => x.Seconds), 2),
            BenchTable.Number(m.Value.Max(x => x.PeakMb), 0), BenchTable.Number(m.Value.Max(x => x.GrowthMb), 0), BenchTable.Number(m.Value[^1].FileMb, 1),
        ]).ToList();
        var table = BenchTable.Render(["measure", "best s", "mean s", "peak RSS MB", "growth MB", "file MB"], rows);
        double Best(string name) => measures[name].Min(x => x.Seconds);
        var journal = Best("web: journal xlsx (GET)");
        var ledger = Best("web: account ledger xlsx (GET)");
        var exports = measures.Where(m => m.Key.StartsWith("web", StringComparison.Ordinal) || m.Key.StartsWith("job", StringComparison.Ordinal)).ToList();
        var (peak, growth) = (exports.Max(m => m.Value.Max(x => x.PeakMb)), exports.Max(m => m.Value.Max(x => x.GrowthMb)));
        return new BenchSection("exports", engine,
            $"{lines:N0} bench journal lines ({lines / 2:N0} entries: receipts into one pool, allocations to {Projects} projects) in one year, beside the demo " +
            $"county's; the real web app on a loopback port, signed in as the auditor, {Runs} runs of each measure in turn; the direct-download limit raised " +
            "above the line count so GET answers with the file; bare baselines write generated cells to a temporary file",
            table,
            $"Through the web, the journal of {lines:N0} lines downloads in **{journal:0.00} s** ({journal / Best("bare SpreadCheetah, journal cells"):0.0}× the bare " +
            $"writer, {journal / (Best("bare SpreadCheetah, journal cells") + Best("database read, journal order")):0.0}× bare writer + database read) and the " +
            $"account ledger in **{ledger:0.00} s** ({ledger / (Best("bare SpreadCheetah, ledger cells") + Best("database read, ledger order")):0.0}× bare writer + read); " +
            $"the background job takes {Best("job: account ledger xlsx (POST → done)"):0.00} s from POST to a stored file (its queue is polled every few seconds). " +
            $"Peak resident set of the whole process (server, job server and client): {peak:0} MB, at most {growth:0} MB above its resting size " +
            $"(bare writer: {measures["bare SpreadCheetah, journal cells"].Max(x => x.GrowthMb):0} MB).");
    }

    /// <summary>The same number of cells as the export's sheet, generated, with no styles, title, totals or checks.</summary>
    private static async Task<long> BareAsync(long lines, int columns, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"grants-bench-exports-{Environment.ProcessId}.xlsx");
        try
        {
            await using (var stream = File.Create(path))
            await using (var sheet = await Spreadsheet.CreateNewAsync(stream, cancellationToken: ct))
            {
                await sheet.StartWorksheetAsync("bench", token: ct);
                var row = new DataCell[columns];
                var day = new DateTime(BenchFunds.FiscalYear, 6, 1);
                for (var i = 0L; i < lines; i++)
                {
                    row[0] = new($"project:{i % Projects}:funds");
                    row[1] = new(i / 2 + 1);
                    row[2] = new(day);
                    row[3] = new("分配到项目");
                    row[4] = new("bench");
                    row[5] = new(5000m + i % 89);
                    row[6] = new(0m);
                    row[7] = new(i * 3m);
                    for (var c = 8; c < columns; c++)
                    {
                        row[c] = new(c == 8 ? "借" : "bench");
                    }

                    await sheet.AddRowAsync(row, ct);
                }

                await sheet.FinishAsync(ct);
            }

            return new FileInfo(path).Length;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>The lines as the export reads them (scoped ledger, entity materialisation), counted and dropped.</summary>
    private static async Task<long> ReadAsync(IServiceProvider services, LedgerSelection s, bool journal, long expected, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GrantsDbContext>();
        var ledger = ScopedLedger.Of(db, new SystemUser());
        long count = 0;
        await foreach (var _ in (journal ? ledger.Journal(s.Accounts, s.From, s.To) : ledger.Movements(s.Accounts, s.From, s.To)).WithCancellation(ct))
        {
            count++;
        }

        return count == expected ? 0 : throw new InvalidOperationException($"The bench year holds {count:N0} lines, not {expected:N0}.");
    }

    /// <summary>A signed-in browser that reads downloads as a stream, so the client holds no file in memory.</summary>
    private sealed partial class Client(Uri baseAddress) : IDisposable
    {
        private readonly HttpClient http = new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromHours(1),
        };

        public async Task SignInAsync(string userName, string password, CancellationToken ct)
        {
            using var response = await PostAsync("/account/signin", new() { ["UserName"] = userName, ["Password"] = password }, await TokenAsync("/account/signin", ct), ct);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"Sign-in as {userName} failed: {(int)response.StatusCode}.");
            }
        }

        public async Task<long> DownloadAsync(string url, CancellationToken ct)
        {
            using var response = await http.GetAsync(new Uri(url, UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, ct);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType?.Contains("spreadsheet", StringComparison.Ordinal) != true)
            {
                throw new InvalidOperationException($"GET {url}: {(int)response.StatusCode} {response.Content.Headers.ContentType}.");
            }

            await using var body = await response.Content.ReadAsStreamAsync(ct);
            var buffer = new byte[81920];
            long total = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, ct)) > 0)
            {
                total += read;
            }

            return total;
        }

        public async Task<long> QueueAndWaitAsync(IServiceProvider services, string period, CancellationToken ct)
        {
            var fields = period.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
            (fields["what"], fields["format"]) = ("AccountLedger", "Xlsx");
            using var response = await PostAsync("/exports", fields, await TokenAsync("/", ct), ct);
            if (response.StatusCode != HttpStatusCode.Redirect)
            {
                throw new InvalidOperationException($"POST /exports: {(int)response.StatusCode}.");
            }

            while (true)
            {
                await Task.Delay(250, ct);
                await using var scope = services.CreateAsyncScope();
                var request = await scope.ServiceProvider.GetRequiredService<GrantsDbContext>().ExportRequests.AsNoTracking().OrderByDescending(r => r.Id).FirstAsync(ct);
                if (request.Status == ExportStatus.Failed)
                {
                    throw new InvalidOperationException($"The export job failed: {request.Error}");
                }

                if (request.Status == ExportStatus.Done)
                {
                    return request.Size ?? 0;
                }
            }
        }

        private async Task<string> TokenAsync(string page, CancellationToken ct) =>
            Token().Match(await http.GetStringAsync(new Uri(page, UriKind.Relative), ct)) is { Success: true } m
                ? WebUtility.HtmlDecode(m.Groups[1].Value)
                : throw new InvalidOperationException($"{page} has no antiforgery token.");

        private Task<HttpResponseMessage> PostAsync(string url, Dictionary<string, string> fields, string token, CancellationToken ct)
        {
            fields["__RequestVerificationToken"] = token;
            return http.PostAsync(new Uri(url, UriKind.Relative), new FormUrlEncodedContent(fields), ct);
        }

        public void Dispose() => http.Dispose();

        [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
        private static partial Regex Token();
    }
}

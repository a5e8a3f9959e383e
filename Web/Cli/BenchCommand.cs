using System.CommandLine;
using Grants.Web.Bench;

namespace Grants.Web.Cli;

internal static class BenchCommand
{
    public static Command Create()
    {
        var scenario = new Argument<string?>("scenario")
        {
            Description = "seed | pages | allocations | verify | queue | approvals | ledger-xlsx | notices | settle | exports | audit (default: seed and pages; the others run only when named)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        scenario.AcceptOnlyFromAmong("seed", "pages", "allocations", "verify", "queue", "approvals", "ledger-xlsx", "notices", "settle", "exports", "audit");
        var scale = new Option<int?>("--scale") { Description = "seed: the scale compared with scale 1 (default 10); pages: the scale served (default 1)" };
        var clients = new Option<int>("--clients") { Description = "pages, allocations, queue, approvals: concurrent signed-in clients (clerks)", DefaultValueFactory = _ => 8 };
        var seconds = new Option<int>("--seconds") { Description = "pages, allocations, queue, approvals: seconds per measured phase", DefaultValueFactory = _ => 10 };
        var entries = new Option<int>("--entries") { Description = "verify: journal entries to build (two lines each); ledger-xlsx, exports: lines to export", DefaultValueFactory = _ => 1_000_000 };
        var documents = new Option<int>("--documents") { Description = "notices: PDFs to render per variant and run", DefaultValueFactory = _ => 1_000 };
        var records = new Option<int>("--records") { Description = "audit: audit records to build", DefaultValueFactory = _ => 5_000_000 };
        var communities = new Option<int>("--communities") { Description = "settle: graded pilot communities in the county settled", DefaultValueFactory = _ => 10_000 };
        Range(scale, 1, 1000);
        Range(communities, 10, 50_000);
        Range(records, 1_000, 100_000_000);
        Range(entries, 2, 50_000_000);
        Range(documents, 1, 100_000);
        Range(clients, 1, 256);
        Range(seconds, 1, 3600);
        var command = new Command("bench", "Measure performance on throwaway databases, print a table and record it in docs/BENCHMARKS.md")
        {
            scenario, scale, clients, seconds, entries, documents, communities, records,
        };
        command.SetAction(async (result, ct) =>
        {
            var which = result.GetValue(scenario);
            if (!TryGetPostgresServer(result, out var postgres))
            {
                Console.Error.WriteLine("--db postgres needs --connection \"Host=…;Username=…;Password=…\" (a role that may create databases).");
                return 2;
            }

            var sections = new List<BenchSection>();
            if (which is null or "seed")
            {
                sections.AddRange(await SeedBench.RunAsync(result.GetValue(scale) ?? 10, postgres, ct));
            }

            if (which is null or "pages")
            {
                sections.Add(await PagesBench.RunAsync(
                    result.GetValue(scale) ?? 1, result.GetValue(clients), TimeSpan.FromSeconds(result.GetValue(seconds)), postgres, ct));
            }

            if (which is "allocations")
            {
                sections.Add(await AllocationsBench.RunAsync(result.GetValue(clients), TimeSpan.FromSeconds(result.GetValue(seconds)), postgres, ct));
            }

            if (which is "verify")
            {
                sections.Add(await VerifyBench.RunAsync(result.GetValue(entries), postgres, ct));
            }

            if (which is "queue")
            {
                sections.Add(await QueueBench.RunAsync(result.GetValue(clients), TimeSpan.FromSeconds(result.GetValue(seconds)), postgres, ct));
            }

            if (which is "approvals")
            {
                sections.Add(await ApprovalsBench.RunAsync(result.GetValue(clients), TimeSpan.FromSeconds(result.GetValue(seconds)), postgres, ct));
            }

            if (which is "ledger-xlsx")
            {
                sections.Add(await LedgerXlsxBench.RunAsync(result.GetValue(entries), ct));
            }

            if (which is "notices")
            {
                sections.Add(NoticesBench.Run(result.GetValue(documents), ct));
            }

            if (which is "exports")
            {
                sections.Add(await ExportsBench.RunAsync(result.GetValue(entries), postgres, ct));
            }

            if (which is "audit")
            {
                sections.Add(await AuditBench.RunAsync(result.GetValue(records), postgres, ct));
            }

            if (which is "settle")
            {
                sections.Add(await SettleBench.RunAsync(result.GetValue(communities), postgres, ct));
            }

            var record = BenchReport.Record(DateTime.UtcNow, sections);
            Console.WriteLine();
            Console.Write(record);
            if (BenchReport.RecordFile() is { } file)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                var header = File.Exists(file) ? "" : BenchReport.RecordHeader;
                await File.AppendAllTextAsync(file, header + Environment.NewLine + record, ct);
                Console.WriteLine($"bench: recorded in {file}");
            }
            else
            {
                Console.WriteLine("bench: not in the source tree (no Grants.sln above this folder); nothing recorded");
            }

            return 0;
        });
        return command;
    }

    /// <summary>PostgreSQL is measured only when asked for; the bench then works in temporary databases on that server.</summary>
    private static bool TryGetPostgresServer(ParseResult result, out string? server)
    {
        var connection = result.GetValue(CommonOptions.Connection);
        var engine = result.GetValue(CommonOptions.Db) ?? (connection is null ? "sqlite" : "postgres");
        server = engine == "postgres" ? connection : null;
        return engine != "postgres" || connection is not null;
    }

    private static void Range<T>(Option<T> option, int min, int max)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<T>() is int value && (value < min || value > max))
            {
                r.AddError($"{option.Name} must be between {min} and {max}");
            }
        });
    }
}

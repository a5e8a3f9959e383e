using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace Grants.Web.Bench;

/// <summary>Progress lines, the machine description, and the record appended to docs/BENCHMARKS.md.</summary>
internal static class BenchReport
{
    private static readonly Stopwatch Clock = Stopwatch.StartNew();

    // Other work on the machine skews every figure, so the load when the bench started is part of the record.
    private static readonly string LoadAtStart = File.Exists("/proc/loadavg")
        ? $" · load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]} at start"
        : "";

    public static void Phase(string text) => Console.WriteLine($"bench [{Clock.Elapsed:mm\\:ss}] {text}");

    public static string Machine()
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var ram = ReadField("/proc/meminfo", "MemTotal") is { } kb && long.TryParse(kb.Split(' ')[0], out var k) ? $"{k / 1024.0 / 1024:0.#} GiB RAM" : "RAM unknown";
        return $"{Uname()} · {cpu} · {Environment.ProcessorCount} cores · {ram}{LoadAtStart}";
    }

    public static string Record(DateTime utc, IReadOnlyList<BenchSection> sections)
    {
        var text = new StringBuilder();
        text.AppendLine($"## {utc:yyyy-MM-dd HH:mm} UTC · `bench {string.Join(" + ", sections.Select(s => s.Scenario).Distinct())}`");
        text.AppendLine();
        text.AppendLine($"- Machine: {Machine()}");
        text.AppendLine($"- .NET: {RuntimeInformation.FrameworkDescription}");
        foreach (var s in sections)
        {
            text.AppendLine();
            text.AppendLine($"### {s.Scenario} · {s.Engine}");
            text.AppendLine();
            text.AppendLine($"Parameters: {s.Parameters}.");
            text.AppendLine();
            text.AppendLine("```text");
            text.Append(s.Table);
            text.AppendLine("```");
            text.AppendLine();
            text.AppendLine(s.Interpretation);
        }

        return text.ToString();
    }

    /// <summary>docs/BENCHMARKS.md of the source tree the command runs in, or null outside one.</summary>
    public static string? RecordFile()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Grants.sln")))
            {
                return Path.Combine(dir.FullName, "docs", "BENCHMARKS.md");
            }
        }

        return null;
    }

    public const string RecordHeader = """
        # Benchmarks

        Each section below was appended by `./grants bench [seed|pages|allocations|verify]` on the machine it names.
        Run it from the repository root; it measures on throwaway databases and never touches `./data`.

        - `./grants bench seed [--scale N]` seeds the demo county at scale 1 and at scale N (default 10) into fresh
          SQLite databases (and PostgreSQL too with `--db postgres --connection "Host=…;Username=…;Password=…"`, in a
          temporary database). **time ÷ scale 1** near N means seeding is linear in the rows it writes; well below N means
          fixed costs (the demo users and their password hashes) weigh on the small run.
        - `./grants bench pages [--scale N] [--clients K] [--seconds D]` starts the web app on a loopback port, signs in
          K demo users, and has each loop over `/`, `/townships`, `/communities?page=2` and a community's details for D
          seconds, after two baseline phases of the same length: a static file, then `/health`. **p50 ÷ static** is a
          page's median latency as a multiple of the static file's: it separates page cost from machine and framework
          cost, so it compares across machines better than milliseconds do. The client runs in the same process and
          shares the CPU with the server, so req/s is a floor, not a capacity figure.
        - `./grants bench allocations [--clients K] [--seconds D]` seeds the demo county, adds one pool with a large
          receipt and one project per client, signs in K clients (default 8) as the demo clerk, and has each post the
          allocation form (¥1.00 to its own project) against that one pool for D seconds, after a baseline phase of the
          same clients asking for `/health` as long. Every post queues on the pool's row lock (SQLite: on the one
          writer), so **allocations/s** is the rate of money movements one pool sustains. Refusals (form shown again)
          and errors are counted; the allocations the database holds must equal the posts answered as committed, and
          `LedgerVerifier` must say **OK** at the end.
        - `./grants bench verify [--entries N]` builds a journal of N entries (default 1,000,000 = 2,000,000 lines: half
          receipts into one pool, half allocations to 100 projects, with matching receipts, allocations and pool and
          project figures) by INSERT … SELECT in one transaction, then times `LedgerVerifier` three times against a
          baseline of the cheapest full pass over the lines (`SELECT COUNT(*), SUM(Debit), SUM(Credit)`), run as often.
          **median ÷ baseline** is how many plain passes over the lines one verify costs.
        - `./grants bench` runs seed and pages; allocations and verify run only when named. Each takes
          `--db postgres --connection …` to measure on a temporary PostgreSQL database instead of SQLite.

        """;

    private static string? ReadField(string path, string name)
    {
        try
        {
            return File.ReadLines(path).Where(l => l.StartsWith(name, StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault();
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static string Uname()
    {
        try
        {
            using var uname = Process.Start(new ProcessStartInfo("uname", "-srm") { RedirectStandardOutput = true });
            var text = uname!.StandardOutput.ReadToEnd().Trim();
            uname.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return RuntimeInformation.OSDescription;
        }
    }
}
